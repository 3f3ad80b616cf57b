// run

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	// All five are alive: blocked on release.
	fmt.Println("while blocked:", runtime.NumGoroutine())

	close(release)
	// They exit soon after; wait until they have.
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after exit:", runtime.NumGoroutine())
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
	fmt.Println("GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
}
