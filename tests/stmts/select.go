// run

// Select statements with deterministic outcomes: default when nothing is
// ready, receive forms (`v := <-ch`, `v, ok := <-ch`, `v = <-ch`,
// `v, ok = <-ch`, bare `<-ch`), send cases, nil channels never ready,
// closed channels always ready, blocking select without default, and an
// empty `for { select {...} }` loop terminated by a done channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)

	// Nothing ready: default runs.
	select {
	case v := <-ch:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default: empty")
	}

	// Send case ready (buffer has room).
	select {
	case ch <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("unexpected default")
	}

	// Buffer full: send not ready, default runs.
	select {
	case ch <- 8:
		fmt.Println("unexpected send")
	default:
		fmt.Println("default: full")
	}

	// Receive into an existing variable.
	var got int
	select {
	case got = <-ch:
		fmt.Println("got =", got)
	}

	// Nil channel cases are never chosen.
	var nilCh chan int
	ch <- 1
	select {
	case <-nilCh:
		fmt.Println("never")
	case nilCh <- 1:
		fmt.Println("never")
	case v, ok := <-ch:
		fmt.Println("v, ok :=", v, ok)
	}

	// Closed channel: receive is immediately ready with zero value.
	close(ch)
	var ok bool
	select {
	case got, ok = <-ch:
		fmt.Println("v, ok = on closed:", got, ok)
	}
	select {
	case <-ch:
		fmt.Println("bare receive on closed")
	}

	// Blocking select woken by a goroutine.
	data := make(chan string)
	done := make(chan struct{})
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			data <- s
		}
		close(done)
	}()
	var recv []string
loop:
	for {
		select {
		case s := <-data:
			recv = append(recv, s)
		case <-done:
			break loop
		}
	}
	fmt.Println(recv)

	// Select with only one ready case among several.
	c1 := make(chan int)
	c2 := make(chan int, 1)
	c2 <- 2
	select {
	case v := <-c1:
		fmt.Println("c1", v)
	case v := <-c2:
		fmt.Println("c2", v)
	}

	// Empty select with default only.
	select {
	default:
		fmt.Println("only default")
	}
}
