// run

// Goroutines and channels with deterministic output: unbuffered ping-pong,
// a pipeline of stages, a worker pool whose results are sorted, fan-in
// with sync.WaitGroup and channel close, buffered channel len/cap, closing
// and ranging, and the panic on sending to a closed channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func worker(id int, jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{j, j * 10}
	}
	_ = id
}

func main() {
	// Ping-pong over unbuffered channels: strictly alternating.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 3; i++ {
		ping <- v
		v = <-pong
		fmt.Print(v, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)

	// Pipeline.
	for sq := range square(square(gen(1, 2, 3, 4))) {
		fmt.Print(sq, " ")
	}
	fmt.Println()

	// Worker pool; results collected then sorted.
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var got [][2]int
	for r := range results {
		got = append(got, r)
	}
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	fmt.Println(len(got), got)

	// Fan-in: many goroutines summing into a mutex-protected total.
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)

	// Buffered channel len and cap.
	bc := make(chan string, 3)
	bc <- "a"
	bc <- "b"
	fmt.Println(len(bc), cap(bc))
	close(bc)
	for s := range bc {
		fmt.Print(s)
	}
	fmt.Println()

	// Results delivered by index keep order without sorting.
	out := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range out {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			out[i] = i * i
		}(i)
	}
	wg3.Wait()
	fmt.Println(out)

	// Send on a closed channel panics; closing twice panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int)
		close(c)
		close(c)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c chan int
		close(c)
	}()
}
