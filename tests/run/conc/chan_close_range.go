// run

package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range produce(10) {
		sum += v
	}
	fmt.Println("sum:", sum)

	// range over a closed buffered channel drains what is left.
	b := make(chan string, 4)
	b <- "x"
	b <- "y"
	b <- "z"
	close(b)
	for s := range b {
		fmt.Print(s, " ")
	}
	fmt.Println()

	// range over an already closed, empty channel runs zero times.
	e := make(chan int)
	close(e)
	count := 0
	for range e {
		count++
	}
	fmt.Println("iterations:", count)

	// break and continue inside range over a channel.
	var kept []int
	for v := range produce(20) {
		if v%3 == 0 {
			continue
		}
		if v > 10 {
			break
		}
		kept = append(kept, v)
	}
	fmt.Println("kept:", kept)

	// range with only the value, assigned to an existing variable.
	var last int
	for last = range produce(5) {
	}
	fmt.Println("last:", last)

	// Closing wakes every receiver blocked on the channel.
	gate := make(chan int)
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			v, ok := <-gate
			if !ok && v == 0 {
				done <- 1
			}
		}(i)
	}
	close(gate)
	woken := 0
	for i := 0; i < 5; i++ {
		woken += <-done
	}
	fmt.Println("woken:", woken)
}
