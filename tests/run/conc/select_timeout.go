// run

package main

import (
	"fmt"
	"time"
)

func main() {
	// Nothing arrives: the timeout fires.
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	// The value arrives well before the timeout.
	quick := make(chan string)
	go func() { quick <- "fast result" }()
	select {
	case s := <-quick:
		fmt.Println(s)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout (wrong)")
	}

	// A slow producer misses a short deadline, then is read later.
	slow := make(chan string, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case s := <-slow:
		fmt.Println("early", s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("deadline passed")
	}
	fmt.Println("later:", <-slow)

	// A loop with an overall timeout and a per-iteration tick.
	deadline := time.After(60 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-deadline:
			break loop
		case <-time.After(time.Millisecond):
			ticks++
		}
	}
	fmt.Println("ticked at least twice:", ticks >= 2)

	// time.After returns a buffered channel carrying a time.
	after := time.After(time.Millisecond)
	fmt.Println("cap:", cap(after))
	t := <-after
	fmt.Println("received a non-zero time:", !t.IsZero())
}
