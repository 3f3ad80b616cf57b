// run

package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	nobody := make(chan int)
	go func() {
		<-never
		fmt.Println("receiver woke up (never printed)")
	}()
	go func() {
		nobody <- 1
		fmt.Println("sender woke up (never printed)")
	}()
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("sleeper woke up (never printed)")
	}()
	go func() {
		select {}
	}()
	started := make(chan bool)
	go func() {
		started <- true
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	<-started
	fmt.Println("main returns; other goroutines are abandoned")
}
