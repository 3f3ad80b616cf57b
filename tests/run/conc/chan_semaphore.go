// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var cur, max int32
	var wg sync.WaitGroup
	var done int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&cur, 1)
			for {
				m := atomic.LoadInt32(&max)
				if n <= m || atomic.CompareAndSwapInt32(&max, m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt32(&cur, -1)
			atomic.AddInt32(&done, 1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done:", atomic.LoadInt32(&done))
	fmt.Println("max concurrent <= limit:", max <= limit)
	fmt.Println("some concurrency:", max >= 1)
	fmt.Println("tokens left:", len(sem))
}
