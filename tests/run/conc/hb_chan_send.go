// run

package main

import "fmt"

type message struct {
	id      int
	payload []int
	text    string
	meta    map[string]int
}

func main() {
	// Plain (non-atomic) writes made before a send are visible after the
	// matching receive completes.
	ch := make(chan *message)
	go func() {
		for i := 0; i < 100; i++ {
			m := &message{id: i}
			m.payload = make([]int, 50)
			for k := range m.payload {
				m.payload[k] = i + k
			}
			m.text = fmt.Sprint("msg-", i)
			m.meta = map[string]int{"len": len(m.payload)}
			ch <- m
		}
		close(ch)
	}()
	bad := 0
	n := 0
	for m := range ch {
		if m.payload == nil || m.payload[49] != m.id+49 || m.text != fmt.Sprint("msg-", m.id) || m.meta["len"] != 50 {
			bad++
		}
		n++
	}
	fmt.Println("unbuffered:", n, "bad:", bad)

	// For an unbuffered channel the receive happens before the send
	// completes: a write made by the receiver before receiving is visible to
	// the sender after its send returns.
	var flag string
	sync := make(chan int)
	go func() {
		flag = "set by receiver"
		<-sync
	}()
	sync <- 1
	fmt.Println(flag)

	// Buffered channel of capacity C: the k-th receive happens before the
	// (k+C)-th send completes (channel as a semaphore).
	sem := make(chan int, 1)
	shared := 0
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func() {
			for k := 0; k < 100; k++ {
				sem <- 1
				shared++
				<-sem
			}
			done <- true
		}()
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	fmt.Println("shared:", shared)

	// Buffered: writes before a send visible after the receive.
	bc := make(chan []string, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			s := make([]string, i+1)
			for k := range s {
				s[k] = "x"
			}
			bc <- s
		}(i)
	}
	lens := 0
	xs := 0
	for i := 0; i < 10; i++ {
		s := <-bc
		lens += len(s)
		for _, v := range s {
			if v == "x" {
				xs++
			}
		}
	}
	fmt.Println("lens:", lens, "xs:", xs)
}
