// run

package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var started, stopped sync.WaitGroup
	var exited atomic.Int32
	for i := 0; i < 1000; i++ {
		started.Add(1)
		stopped.Add(1)
		go func(i int) {
			defer stopped.Done()
			// Half derive their own child context.
			c := ctx
			if i%2 == 0 {
				var cc context.CancelFunc
				c, cc = context.WithCancel(ctx)
				defer cc()
			}
			started.Done()
			<-c.Done()
			if c.Err() == context.Canceled {
				exited.Add(1)
			}
		}(i)
	}
	started.Wait()
	cancel()
	stopped.Wait()
	fmt.Println("exited with Canceled:", exited.Load())

	// Storm of goroutines in select with a timeout context.
	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	var timedOut atomic.Int32
	var wg sync.WaitGroup
	never := make(chan int)
	for i := 0; i < 500; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-never:
			case <-tctx.Done():
				if tctx.Err() == context.DeadlineExceeded {
					timedOut.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("timed out:", timedOut.Load())

	// Closing one channel releases 1000 waiters.
	gate := make(chan struct{})
	var released atomic.Int32
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			released.Add(1)
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("released:", released.Load())
}
