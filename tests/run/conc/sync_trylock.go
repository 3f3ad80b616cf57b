// run

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())

	// Another goroutine cannot TryLock while we hold it.
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("TryLock from goroutine while held:", <-res)
	mu.Unlock()
	go func() { res <- mu.TryLock() }()
	fmt.Println("TryLock from goroutine while free:", <-res)
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("TryRLock free:", rw.TryRLock())
	fmt.Println("TryRLock with a reader:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	fmt.Println("TryLock with a writer:", rw.TryLock())
	rw.Unlock()

	// Spin with TryLock until the holder lets go.
	mu.Lock()
	release := make(chan bool)
	go func() {
		<-release
		mu.Unlock()
	}()
	attempts := 0
	released := false
	for !mu.TryLock() {
		attempts++
		if !released {
			release <- true
			released = true
		}
		runtime.Gosched()
	}
	fmt.Println("acquired after release:", released)
	mu.Unlock()
}
