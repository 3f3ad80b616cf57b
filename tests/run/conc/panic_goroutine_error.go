// run

package main

import (
	"errors"
	"fmt"
)

var errBad = errors.New("bad input")

func process(items []int, done chan<- bool) {
	defer fmt.Println("process deferred runs before the crash")
	for _, it := range items {
		if it < 0 {
			panic(fmt.Errorf("item %d: %w", it, errBad))
		}
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go process([]int{1, 2, -3}, done)
	<-done
	fmt.Println("unreachable")
}
