// run

package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	fmt.Println(len(ch), cap(ch))
	ch <- "b"
	ch <- "c"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println(len(ch), cap(ch))
	ch <- "d"
	fmt.Println(len(ch), cap(ch))
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	fmt.Println(len(ch), cap(ch))

	// A full buffered channel blocks the sender until room appears.
	full := make(chan int, 2)
	full <- 1
	full <- 2
	done := make(chan bool)
	go func() {
		full <- 3 // blocks until main receives
		done <- true
	}()
	fmt.Println("first:", <-full)
	<-done
	fmt.Println("len after third send:", len(full))
	fmt.Println(<-full, <-full)

	// make with a computed capacity, and capacity 0 is unbuffered.
	n := 4
	c2 := make(chan bool, n*2)
	fmt.Println("cap:", cap(c2))
	c0 := make(chan bool, 0)
	fmt.Println("cap0:", cap(c0))

	// nil channel has len and cap 0.
	var nc chan int
	fmt.Println("nil:", len(nc), cap(nc), nc == nil)

	// len after close still counts buffered elements.
	c3 := make(chan int, 5)
	c3 <- 10
	c3 <- 20
	close(c3)
	fmt.Println("closed len:", len(c3), "cap:", cap(c3))
	<-c3
	fmt.Println("closed len:", len(c3))
}
