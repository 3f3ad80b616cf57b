// run

package main

import (
	"context"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("fast op:", slowOp(ctx, time.Millisecond))
	fmt.Println("slow op:", slowOp(ctx, time.Second))

	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "deadline passed:", time.Now().After(dl))
	_, ok = context.Background().Deadline()
	fmt.Println("background has deadline:", ok)

	// WithDeadline in the past is cancelled immediately.
	past, cp := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cp()
	select {
	case <-past.Done():
		fmt.Println("past deadline:", past.Err())
	default:
		fmt.Println("not done (wrong)")
	}

	// A child cannot extend its parent's deadline.
	parent, pc := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline equals parent's:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child:", child.Err())

	// A shorter child deadline fires first; parent is unaffected.
	p2, c2 := context.WithTimeout(context.Background(), time.Hour)
	defer c2()
	ch2, cc2 := context.WithTimeout(p2, 5*time.Millisecond)
	defer cc2()
	<-ch2.Done()
	fmt.Println("short child:", ch2.Err(), "parent:", p2.Err())

	// Timeouts across goroutines: each worker stops when ctx expires.
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer wcancel()
	done := make(chan string)
	for i := 0; i < 3; i++ {
		go func(i int) {
			t := time.NewTicker(time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-wctx.Done():
					done <- wctx.Err().Error()
					return
				case <-t.C:
				}
			}
		}(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("worker stopped:", <-done)
	}
}
