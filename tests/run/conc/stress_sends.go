// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	const senders = 1000
	const perSender = 100
	ch := make(chan int, 64)
	var wg sync.WaitGroup
	for g := 0; g < senders; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < perSender; k++ {
				ch <- g*perSender + k
			}
		}(g)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum, count := 0, 0
	seen := make([]bool, senders*perSender)
	dups := 0
	for v := range ch {
		sum += v
		count++
		if seen[v] {
			dups++
		}
		seen[v] = true
	}
	n := senders * perSender
	fmt.Println("count:", count, "sum ok:", sum == n*(n-1)/2, "dups:", dups)

	// Same over an unbuffered channel with several receivers.
	un := make(chan int)
	totals := make(chan int)
	for r := 0; r < 8; r++ {
		go func() {
			s := 0
			for v := range un {
				s += v
			}
			totals <- s
		}()
	}
	var wg2 sync.WaitGroup
	for g := 0; g < 200; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 1; k <= 50; k++ {
				un <- k
			}
		}()
	}
	wg2.Wait()
	close(un)
	total := 0
	for r := 0; r < 8; r++ {
		total += <-totals
	}
	fmt.Println("unbuffered total:", total, total == 200*50*51/2)
}
