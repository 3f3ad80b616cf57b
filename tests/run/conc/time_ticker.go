// run

package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	count := 0
	for range tk.C {
		count++
		fmt.Println("tick", count)
		if count == 3 {
			tk.Stop()
			break
		}
	}
	// After Stop (and draining a tick that may already be buffered) no
	// more ticks arrive.
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop (wrong)")
	default:
		fmt.Println("no tick after stop")
	}

	// Ticker driving a loop with a done channel.
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-t.C:
				n++
				if n == 5 {
					go func() { done <- true }()
				}
			}
		}
	}()
	fmt.Println("ticks before done:", <-ticks >= 5)

	// Reset changes the period.
	r := time.NewTicker(time.Hour)
	r.Reset(time.Millisecond)
	<-r.C
	fmt.Println("tick after reset")
	r.Stop()

	fmt.Println("cap:", cap(r.C))

	// NewTicker with a non-positive period panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
}
