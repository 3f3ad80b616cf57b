// run

package main

import "fmt"

func main() {
	// Exactly one case is ready each time: on even rounds in holds a value
	// and out is full, on odd rounds in is empty and out has room.
	in := make(chan int, 1)
	out := make(chan int, 1)
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			in <- i
			out <- -1
		}
		select {
		case v := <-in:
			fmt.Println("received", v, "out held", <-out)
		case out <- i:
			fmt.Println("sent", i, "then took back", <-out)
		}
	}

	// A select with a single case behaves like the plain operation.
	c := make(chan string, 1)
	select {
	case c <- "only":
	}
	select {
	case s := <-c:
		fmt.Println(s)
	}

	// Select as a two-way exchange with a goroutine: the goroutine sends
	// requests and receives replies through the same select loop.
	reqs := make(chan int)
	replies := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			reqs <- i
			fmt.Println("reply", <-replies)
		}
		close(quit)
	}()
	pending := []int{}
	for running := true; running; {
		var sendCh chan int
		var next int
		if len(pending) > 0 {
			sendCh = replies
			next = pending[0]
		}
		select {
		case r := <-reqs:
			pending = append(pending, r*100)
		case sendCh <- next:
			pending = pending[1:]
		case <-quit:
			running = false
		}
	}
	fmt.Println("pending:", len(pending))

	// Send of a value produced by a call in the case.
	sq := make(chan int, 1)
	select {
	case sq <- square(9):
	}
	fmt.Println(<-sq)
}

func square(n int) int { return n * n }
