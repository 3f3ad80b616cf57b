// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum.Add(int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum.Load(), sum.Load() == n*(n+1)/2)

	// Each goroutine reports on its own channel; join by receiving all.
	chans := make([]chan int, 1000)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(i int, c chan<- int) { c <- i * 2 }(i, chans[i])
	}
	total := 0
	for _, c := range chans {
		total += <-c
	}
	fmt.Println("total:", total)

	// A binary tree of goroutines, depth 12 (4095 goroutines).
	var tree func(depth int, out chan<- int)
	tree = func(depth int, out chan<- int) {
		if depth == 0 {
			out <- 1
			return
		}
		l, r := make(chan int), make(chan int)
		go tree(depth-1, l)
		go tree(depth-1, r)
		out <- <-l + <-r + 1
	}
	root := make(chan int)
	go tree(11, root)
	fmt.Println("tree nodes:", <-root)

	// A long chain: each goroutine passes the value on, plus one.
	first := make(chan int)
	in := first
	for i := 0; i < 5000; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) { out <- 1 + <-in }(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain:", <-in)
}
