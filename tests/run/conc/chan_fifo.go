// run

package main

import "fmt"

func main() {
	// A buffered channel delivers in send order.
	ch := make(chan int, 100)
	for i := 0; i < 100; i++ {
		ch <- i * 3
	}
	ok := true
	for i := 0; i < 100; i++ {
		if v := <-ch; v != i*3 {
			ok = false
		}
	}
	fmt.Println("buffered FIFO:", ok)

	// A single sender over an unbuffered channel: receive order is send order.
	un := make(chan int)
	go func() {
		for i := 0; i < 1000; i++ {
			un <- i
		}
		close(un)
	}()
	want := 0
	for v := range un {
		if v != want {
			ok = false
		}
		want++
	}
	fmt.Println("unbuffered FIFO:", ok, want)

	// Several senders: values from one sender keep their relative order.
	type msg struct{ from, seq int }
	mc := make(chan msg, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for k := 0; k < 250; k++ {
				mc <- msg{g, k}
			}
		}(g)
	}
	next := make([]int, 4)
	for i := 0; i < 1000; i++ {
		m := <-mc
		if m.seq != next[m.from] {
			ok = false
		}
		next[m.from]++
	}
	fmt.Println("per-sender FIFO:", ok, next)

	// Wrap-around of the ring buffer.
	ring := make(chan int, 3)
	var out []int
	for i := 0; i < 10; i++ {
		ring <- i
		if len(ring) == 3 {
			out = append(out, <-ring, <-ring)
		}
	}
	for len(ring) > 0 {
		out = append(out, <-ring)
	}
	fmt.Println(out)
}
