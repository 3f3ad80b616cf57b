// run

package main

import (
	"fmt"
	"time"
)

func main() {
	// main blocks on a channel while the only other goroutine sleeps: this is
	// not a deadlock, because the sleeper will wake up and send.
	c := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		c <- "woke and sent"
	}()
	fmt.Println(<-c)

	// Same with a pending timer and select.
	t := time.NewTimer(20 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-t.C:
		fmt.Println("timer fired")
	}

	// An AfterFunc is the only thing that can wake main.
	wake := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { close(wake) })
	<-wake
	fmt.Println("woken by AfterFunc")

	// Every goroutine asleep in time.Sleep at once.
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*10) * time.Millisecond)
			done <- i
		}(i)
	}
	fmt.Println(<-done, <-done, <-done)
}
