// run

package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed >= 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("elapsed < 10s:", elapsed < 10*time.Second)

	// Until a future deadline is positive, and shrinks.
	deadline := time.Now().Add(time.Hour)
	u1 := time.Until(deadline)
	time.Sleep(time.Millisecond)
	u2 := time.Until(deadline)
	fmt.Println("until positive:", u1 > 0, "shrinks:", u2 < u1)

	// Sub, Before, After, Equal on monotonic readings.
	t1 := time.Now()
	time.Sleep(2 * time.Millisecond)
	t2 := time.Now()
	fmt.Println(t2.Sub(t1) >= 2*time.Millisecond, t1.Before(t2), t2.After(t1), t1.Equal(t1))

	// A blocked receive with a sleeping sender takes about as long as the sleep.
	c := make(chan int)
	go func() {
		time.Sleep(15 * time.Millisecond)
		c <- 1
	}()
	s := time.Now()
	<-c
	fmt.Println("waited >= 15ms:", time.Since(s) >= 15*time.Millisecond)

	// Sleeps in parallel goroutines overlap.
	s = time.Now()
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			time.Sleep(30 * time.Millisecond)
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}
	el := time.Since(s)
	fmt.Println("parallel sleeps >= 30ms:", el >= 30*time.Millisecond, "and < 250ms:", el < 250*time.Millisecond)
}
