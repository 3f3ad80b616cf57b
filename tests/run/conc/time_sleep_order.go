// run

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Goroutines started in one order wake up in sleep-duration order.
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for _, d := range []int{90, 30, 60} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- fmt.Sprint("slept ", ms, "ms")
		}(d)
	}
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}

	// Sleep of zero or a negative duration returns immediately.
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps returned")

	// Sleeping in main lets other goroutines run; their messages are
	// collected in wake-up order.
	log := make(chan string, 4)
	go func() {
		time.Sleep(10 * time.Millisecond)
		log <- "goroutine woke"
	}()
	time.Sleep(50 * time.Millisecond)
	log <- "main woke"
	fmt.Println(<-log)
	fmt.Println(<-log)
}
