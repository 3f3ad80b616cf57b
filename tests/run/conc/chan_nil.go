// run

package main

import "fmt"

func main() {
	var nilc chan int
	ready := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		ready <- i
		select {
		case <-nilc:
			counts["nil recv"]++
		case nilc <- 1:
			counts["nil send"]++
		case <-ready:
			counts["ready"]++
		}
	}
	fmt.Println(counts["nil recv"], counts["nil send"], counts["ready"])

	// A nil channel with default always takes the default.
	hits := 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-nilc:
			fmt.Println("impossible", v)
		default:
			hits++
		}
	}
	fmt.Println("default:", hits)

	// Disabling a case by setting its channel to nil (merge of two streams).
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 15; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("merged:", n, sum)
}
