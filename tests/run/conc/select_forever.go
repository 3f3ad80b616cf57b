// run

package main

import "fmt"

func main() {
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			select {}
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	// A goroutine blocked in an empty select is fine: main still exits.
	go func() {
		var c chan int
		select {
		case <-c:
		}
		fmt.Println("never")
	}()
	fmt.Println("main exits with goroutines blocked in select {}")
}
