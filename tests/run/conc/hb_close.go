// run

package main

import "fmt"

type result struct {
	values []int
	err    string
}

func main() {
	// Writes made before close are visible to receivers that observe the
	// close (receiving the zero value).
	for round := 0; round < 50; round++ {
		var r result
		done := make(chan struct{})
		go func(round int) {
			r.values = []int{round, round * 2, round * 3}
			r.err = fmt.Sprint("round ", round)
			close(done)
		}(round)
		v, ok := <-done
		if ok || v != struct{}{} || len(r.values) != 3 || r.values[2] != round*3 || r.err != fmt.Sprint("round ", round) {
			fmt.Println("wrong in round", round)
		}
	}
	fmt.Println("close then receive: ok")

	// Many readers all see the data published before the close.
	data := map[string]int{}
	ready := make(chan struct{})
	sums := make(chan int)
	for g := 0; g < 8; g++ {
		go func() {
			<-ready
			sums <- data["a"] + data["b"]
		}()
	}
	data["a"] = 40
	data["b"] = 2
	close(ready)
	total := 0
	for g := 0; g < 8; g++ {
		total += <-sums
	}
	fmt.Println("readers total:", total)

	// range loop ends only after everything sent before close was received.
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
}
