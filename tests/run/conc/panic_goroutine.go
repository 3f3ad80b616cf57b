// run

package main

import "fmt"

func step(n int) {
	if n == 3 {
		panic("boom")
	}
}

func worker(ready chan<- bool, proceed <-chan bool) {
	for i := 0; i < 5; i++ {
		step(i)
		if i == 1 {
			ready <- true
			<-proceed
		}
	}
}

func main() {
	ready := make(chan bool)
	proceed := make(chan bool)
	go worker(ready, proceed)
	<-ready
	fmt.Println("worker is running")
	// main's deferred calls do not run when another goroutine panics.
	defer fmt.Println("main deferred (never printed)")
	proceed <- true
	select {}
}
