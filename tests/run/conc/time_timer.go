// run

package main

import (
	"fmt"
	"time"
)

func main() {
	// Stop before it fires: true; the channel never delivers.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired (wrong)")
	default:
		fmt.Println("no value after stop")
	}

	// Let it fire, then Stop returns false.
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("fired; stop after fire:", t2.Stop())

	// Reset of a stopped timer returns false and re-arms it.
	fmt.Println("reset stopped timer:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("re-armed timer fired")

	// Reset of an active timer returns true.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset active timer:", t3.Reset(10*time.Millisecond))
	start := time.Now()
	<-t3.C
	fmt.Println("fired after reset, well before an hour:", time.Since(start) < time.Minute)

	// Reset after fire with drained channel.
	fmt.Println("reset expired timer:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("fired again")

	// The usual stop-and-drain idiom.
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	if !t4.Stop() {
		<-t4.C
		fmt.Println("drained fired timer")
	}

	// Timer channel has capacity 1.
	fmt.Println("cap:", cap(t4.C))

	// A timer with a zero or negative duration fires at once.
	t5 := time.NewTimer(-time.Second)
	<-t5.C
	fmt.Println("negative duration fired")

	// Several timers fire in deadline order.
	a := time.NewTimer(40 * time.Millisecond)
	b := time.NewTimer(10 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-a.C:
			fmt.Println("a")
		case <-b.C:
			fmt.Println("b")
		}
	}
}
