// run

package main

import (
	"fmt"
	"runtime"
)

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))

	// Unbuffered with no partner: default.
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	fmt.Println(tryRecv(u))

	// Closed channel is always ready, before default.
	close(c)
	v, ok := tryRecv(c)
	fmt.Println(v, ok)

	// Default alone.
	select {
	default:
		fmt.Println("only default")
	}

	// Default placed first still only runs when nothing is ready.
	r := make(chan int, 1)
	r <- 5
	select {
	default:
		fmt.Println("default (wrong)")
	case x := <-r:
		fmt.Println("ready case", x)
	}

	// Non-blocking drain.
	d := make(chan int, 5)
	for i := 0; i < 4; i++ {
		d <- i
	}
	n := 0
loop:
	for {
		select {
		case <-d:
			n++
		default:
			break loop
		}
	}
	fmt.Println("drained", n)

	// Polling until a goroutine's send is ready.
	p := make(chan string)
	go func() { p <- "polled" }()
	polls := 0
	for {
		select {
		case s := <-p:
			fmt.Println(s, polls >= 0)
			return
		default:
			polls++
			runtime.Gosched()
		}
	}
}
