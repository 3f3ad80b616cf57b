// run

package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("len/cap:", len(ch), cap(ch))

	// The sender cannot complete until the receiver takes the value, so the
	// "sent" message of round i always follows "received i".
	log := make(chan string, 100)
	ack := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
			<-ack
			log <- fmt.Sprint("sent ", i)
		}
		close(log)
	}()
	for i := 1; i <= 3; i++ {
		v := <-ch
		log <- fmt.Sprint("received ", v)
		ack <- true
		// Wait for the sender's log line before the next round.
		for {
			s := <-log
			fmt.Println(s)
			if s == fmt.Sprint("sent ", i) {
				break
			}
		}
	}

	// Rendezvous: the receiver's view of shared state written before send.
	shared := 0
	sync := make(chan struct{})
	go func() {
		shared = 42
		sync <- struct{}{}
	}()
	<-sync
	fmt.Println("shared:", shared)

	// Receive as an expression inside another expression.
	nums := make(chan int)
	go func() {
		nums <- 3
		nums <- 4
	}()
	fmt.Println("sum:", <-nums+<-nums)

	// Receive discarding the value.
	go func() { nums <- 9 }()
	<-nums
	fmt.Println("discarded one")
}
