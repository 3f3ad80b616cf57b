// run

package main

import (
	"fmt"
	"sync"
)

func work(id int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for k := 1; k <= id; k++ {
		sum += k
	}
	out[id] = sum
}

func main() {
	const n = 500
	out := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go work(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out[0], out[1], out[10], out[100], out[499])
	bad := 0
	for i, v := range out {
		if v != i*(i+1)/2 {
			bad++
		}
	}
	fmt.Println("bad:", bad)

	// Add of several at once, Done from nested goroutines.
	var wg2 sync.WaitGroup
	var mu sync.Mutex
	total := 0
	wg2.Add(10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			wg2.Add(1)
			go func() {
				defer wg2.Done()
				mu.Lock()
				total += 100
				mu.Unlock()
			}()
			mu.Lock()
			total += i
			mu.Unlock()
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total:", total)

	// A WaitGroup can be reused after Wait returns.
	for round := 1; round <= 3; round++ {
		hits := make([]bool, round*4)
		wg.Add(len(hits))
		for i := range hits {
			go func(i int) {
				hits[i] = true
				wg.Done()
			}(i)
		}
		wg.Wait()
		all := true
		for _, h := range hits {
			all = all && h
		}
		fmt.Println("round", round, len(hits), all)
	}

	// Wait with a zero counter returns at once.
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("empty wait returned")
}
