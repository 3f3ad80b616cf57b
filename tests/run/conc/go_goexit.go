// run

package main

import (
	"fmt"
	"runtime"
)

func inner(log chan<- string) {
	defer func() { log <- "inner deferred" }()
	log <- "inner before Goexit"
	runtime.Goexit()
	log <- "inner after Goexit (never)"
}

func worker(log chan<- string) {
	defer close(log)
	defer func() {
		r := recover()
		log <- fmt.Sprint("worker deferred, recover() = ", r)
	}()
	defer func() { log <- "worker first deferred" }()
	inner(log)
	log <- "worker after inner (never)"
}

func main() {
	log := make(chan string, 10)
	go worker(log)
	for s := range log {
		fmt.Println(s)
	}

	// Goexit runs deferred calls that are themselves goroutine-local: a
	// deferred send tells main the goroutine is gone.
	done := make(chan int)
	go func() {
		n := 0
		defer func() { done <- n }()
		for i := 0; i < 10; i++ {
			n = i
			if i == 3 {
				runtime.Goexit()
			}
		}
	}()
	fmt.Println("stopped at", <-done)
	fmt.Println("main continues")
}
