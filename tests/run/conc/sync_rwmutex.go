// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *cache) get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	// Many readers may hold the lock together: all 5 readers hold it at
	// once before any of them releases it.
	var rw sync.RWMutex
	var inside int32
	allIn := make(chan bool)
	release := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			if atomic.AddInt32(&inside, 1) == 5 {
				close(allIn)
			}
			<-release
			rw.RUnlock()
		}()
	}
	<-allIn
	fmt.Println("readers inside together:", atomic.LoadInt32(&inside))
	close(release)
	wg.Wait()

	// A writer excludes readers: readers see either none or all of a
	// multi-field update.
	var mu sync.RWMutex
	a, b := 0, 0
	var torn int32
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				a++
				b++
				mu.Unlock()
			}
		}()
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.RLock()
				if a != b {
					atomic.AddInt32(&torn, 1)
				}
				mu.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("a, b, torn reads:", a, b, torn)

	// A cache guarded by an RWMutex.
	c := &cache{data: map[int]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.set(i, i*i)
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 10; i++ {
		v, _ := c.get(i)
		sum += v
	}
	_, ok := c.get(99)
	fmt.Println("sum:", sum, "missing:", ok)

	// RLocker returns a Locker for the read side.
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("TryLock while read-locked via RLocker:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("TryLock after RLocker unlocks:", rw.TryLock())
	rw.Unlock()

	// A blocked writer waits until the reader unlocks.
	rw.RLock()
	order := make(chan string, 3)
	go func() {
		rw.Lock()
		order <- "writer"
		rw.Unlock()
	}()
	order <- "reader done"
	rw.RUnlock()
	fmt.Println(<-order)
	fmt.Println(<-order)
}
