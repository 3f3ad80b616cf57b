// run

package main

import (
	"fmt"
	"sync"
)

type registry struct {
	once  sync.Once
	items map[string]int
	names []string
}

func (r *registry) init() {
	r.items = map[string]int{}
	for i, n := range []string{"alpha", "beta", "gamma", "delta"} {
		r.items[n] = i
		r.names = append(r.names, n)
	}
}

func (r *registry) lookup(n string) (int, bool) {
	r.once.Do(r.init)
	v, ok := r.items[n]
	return v, ok
}

func main() {
	// Writes made by f are visible to every caller after Do returns,
	// including callers that did not run f.
	r := &registry{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	found := 0
	bad := 0
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			v, ok := r.lookup("gamma")
			mu.Lock()
			if ok && v == 2 && len(r.names) == 4 {
				found++
			} else {
				bad++
			}
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println("found:", found, "bad:", bad)

	// A slow f: other callers block until it is done, then see its writes.
	var once sync.Once
	var value []int
	inF := make(chan bool)
	release := make(chan bool)
	results := make(chan int, 3)
	go once.Do(func() {
		inF <- true
		<-release
		value = []int{1, 2, 3, 4, 5}
	})
	<-inF
	for g := 0; g < 3; g++ {
		go func() {
			once.Do(func() {})
			results <- len(value)
		}()
	}
	close(release)
	for g := 0; g < 3; g++ {
		fmt.Println("len seen:", <-results)
	}
}
