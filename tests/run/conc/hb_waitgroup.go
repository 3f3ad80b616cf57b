// run

package main

import (
	"fmt"
	"sync"
)

type shard struct {
	words []string
	count int
}

func main() {
	// Writes before wg.Done are visible after wg.Wait returns.
	shards := make([]*shard, 16)
	var wg sync.WaitGroup
	for i := range shards {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := &shard{}
			for k := 0; k <= i; k++ {
				s.words = append(s.words, fmt.Sprint("w", k))
				s.count++
			}
			shards[i] = s
		}(i)
	}
	wg.Wait()
	total := 0
	bad := 0
	for i, s := range shards {
		if s == nil || s.count != i+1 || len(s.words) != i+1 || s.words[i] != fmt.Sprint("w", i) {
			bad++
			continue
		}
		total += s.count
	}
	fmt.Println("total:", total, "bad:", bad)

	// Several rounds, each reading what the previous round wrote.
	grid := make([]int, 64)
	for round := 1; round <= 5; round++ {
		next := make([]int, len(grid))
		var rwg sync.WaitGroup
		for i := range grid {
			rwg.Add(1)
			go func(i int) {
				defer rwg.Done()
				left := grid[(i+len(grid)-1)%len(grid)]
				next[i] = left + 1
			}(i)
		}
		rwg.Wait()
		grid = next
	}
	ok := true
	for _, v := range grid {
		if v != 5 {
			ok = false
		}
	}
	fmt.Println("rounds ok:", ok)

	// Many goroutines waiting on the same WaitGroup all see the writes.
	var setup sync.WaitGroup
	config := ""
	setup.Add(1)
	results := make(chan string, 5)
	for g := 0; g < 5; g++ {
		go func() {
			setup.Wait()
			results <- config
		}()
	}
	config = "configured"
	setup.Done()
	for g := 0; g < 5; g++ {
		fmt.Println(<-results)
	}
}
