// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup

	// Loop variable passed as an argument.
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			got = append(got, n*n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println("args:", got)

	// Loop variable copied inside the body.
	var words []string
	for _, w := range []string{"pear", "fig", "apple", "kiwi"} {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			words = append(words, w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(words)
	fmt.Println("copies:", words)

	// Range over a map, key and value passed as arguments.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var kv []string
	for k, v := range m {
		wg.Add(1)
		go func(k string, v int) {
			defer wg.Done()
			mu.Lock()
			kv = append(kv, fmt.Sprintf("%s=%d", k, v))
			mu.Unlock()
		}(k, v)
	}
	wg.Wait()
	sort.Strings(kv)
	fmt.Println("map:", kv)

	// Each goroutine writes its own slot: no lock needed.
	slots := make([]int, 8)
	for i := range slots {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			slots[i] = i * 10
		}(i)
	}
	wg.Wait()
	fmt.Println("slots:", slots)
}
