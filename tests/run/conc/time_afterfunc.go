// run

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() {
		done <- "AfterFunc ran"
	})
	fmt.Println(<-done)

	// Stopped before firing: f never runs.
	ran := false
	var mu sync.Mutex
	t := time.AfterFunc(100*time.Millisecond, func() {
		mu.Lock()
		ran = true
		mu.Unlock()
	})
	fmt.Println("stop:", t.Stop())
	time.Sleep(150 * time.Millisecond)
	mu.Lock()
	fmt.Println("ran after stop:", ran)
	mu.Unlock()

	// Reset re-arms a stopped AfterFunc timer.
	t.Reset(time.Millisecond)
	r := false
	for i := 0; i < 1000 && !r; i++ {
		time.Sleep(time.Millisecond)
		mu.Lock()
		r = ran
		mu.Unlock()
	}
	fmt.Println("ran after reset:", r)

	// AfterFunc timers have a nil channel.
	fmt.Println("C is nil:", t.C == nil)

	// f runs in its own goroutine: it may block without stopping others.
	order := make(chan int, 3)
	block := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		<-block
		order <- 2
	})
	time.AfterFunc(10*time.Millisecond, func() {
		order <- 1
		close(block)
	})
	fmt.Println(<-order, <-order)

	// Several AfterFuncs fire in deadline order.
	seq := make(chan string, 3)
	time.AfterFunc(60*time.Millisecond, func() { seq <- "c" })
	time.AfterFunc(20*time.Millisecond, func() { seq <- "a" })
	time.AfterFunc(40*time.Millisecond, func() { seq <- "b" })
	fmt.Println(<-seq, <-seq, <-seq)
}
