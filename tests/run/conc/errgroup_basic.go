// run

// errgroup: Wait waits for every goroutine and returns the first error;
// WithContext cancels the derived context on the first error and after
// Wait; a zero Group works without a context.
// Golden from Go 1.19 with golang.org/x/sync at commit 7fc1605 (the
// file cannot run under a bare `go run`: it needs that module).

package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	// A zero Group: all succeed.
	var g errgroup.Group
	var n int32
	for i := 0; i < 10; i++ {
		g.Go(func() error {
			atomic.AddInt32(&n, 1)
			return nil
		})
	}
	fmt.Println("zero group:", g.Wait(), atomic.LoadInt32(&n))

	// The first error wins; Wait still waits for the slow one.
	var g2 errgroup.Group
	var finished int32
	g2.Go(func() error { return errors.New("first") })
	g2.Go(func() error {
		time.Sleep(50 * time.Millisecond)
		atomic.AddInt32(&finished, 1)
		return errors.New("second")
	})
	fmt.Println("first error:", g2.Wait(), "slow finished:", atomic.LoadInt32(&finished))

	// WithContext: an error cancels the context the others watch.
	g3, ctx := errgroup.WithContext(context.Background())
	g3.Go(func() error {
		time.Sleep(20 * time.Millisecond)
		return errors.New("boom")
	})
	for i := 0; i < 3; i++ {
		g3.Go(func() error {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(5 * time.Second):
				return errors.New("not cancelled")
			}
		})
	}
	err := g3.Wait()
	fmt.Println("with context:", err, ctx.Err())

	// WithContext without errors: the context is cancelled after Wait.
	g4, ctx4 := errgroup.WithContext(context.Background())
	g4.Go(func() error { return nil })
	fmt.Println("before wait:", ctx4.Err())
	fmt.Println("wait:", g4.Wait(), "after wait:", ctx4.Err())

	// A parent cancellation reaches the group's context.
	parent, cancel := context.WithCancel(context.Background())
	g5, ctx5 := errgroup.WithContext(parent)
	g5.Go(func() error {
		<-ctx5.Done()
		return ctx5.Err()
	})
	cancel()
	fmt.Println("parent cancelled:", g5.Wait())
}
