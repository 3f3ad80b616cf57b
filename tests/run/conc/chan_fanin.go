// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

// merge with one goroutine per input and a WaitGroup to close the output.
func merge(ins ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(ins))
	for _, in := range ins {
		go func(in <-chan string) {
			defer wg.Done()
			for s := range in {
				out <- s
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// mergeSelect with a single goroutine and select.
func mergeSelect(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case s, ok := <-a:
				if !ok {
					a = nil
					break
				}
				out <- s
			case s, ok := <-b:
				if !ok {
					b = nil
					break
				}
				out <- s
			}
		}
	}()
	return out
}

func main() {
	var all []string
	for s := range merge(source("a", 3), source("b", 4), source("c", 2)) {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)

	// Order within one source survives the merge.
	var fromX []string
	count := 0
	for s := range mergeSelect(source("x", 50), source("y", 50)) {
		count++
		if s[0] == 'x' {
			fromX = append(fromX, s)
		}
	}
	inOrder := true
	for i, s := range fromX {
		if s != fmt.Sprintf("x%d", i) {
			inOrder = false
		}
	}
	fmt.Println(count, len(fromX), inOrder)
}
