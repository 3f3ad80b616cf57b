// run

package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	// Mutex embedded in a struct, used through a method with defer.
	c := counter{n: map[string]int{}}
	keys := []string{"x", "y", "z"}
	for g := 0; g < 30; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.inc(keys[(g+i)%3])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n["x"], c.n["y"], c.n["z"])

	// Lock in one goroutine, Unlock in another: allowed for sync.Mutex.
	var handoff sync.Mutex
	handoff.Lock()
	unlocked := make(chan bool)
	go func() {
		handoff.Unlock()
		unlocked <- true
	}()
	<-unlocked
	handoff.Lock()
	fmt.Println("re-locked after unlock by another goroutine")
	handoff.Unlock()

	// sync.Locker interface.
	var l sync.Locker = &mu
	l.Lock()
	total++
	l.Unlock()
	fmt.Println("total:", total)
}
