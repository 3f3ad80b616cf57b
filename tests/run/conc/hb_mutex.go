// run

package main

import (
	"fmt"
	"sync"
)

type ledger struct {
	mu      sync.Mutex
	entries []int
	sum     int
}

func (l *ledger) add(v int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, v)
	l.sum += v
}

func (l *ledger) check() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := 0
	for _, e := range l.entries {
		s += e
	}
	return s == l.sum
}

func main() {
	// Writes made while holding the lock are visible to the next holder:
	// the slice and the running sum always agree.
	l := &ledger{}
	var wg sync.WaitGroup
	inconsistent := 0
	var imu sync.Mutex
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 1; k <= 50; k++ {
				l.add(k)
				if !l.check() {
					imu.Lock()
					inconsistent++
					imu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("entries:", len(l.entries), "sum:", l.sum, "inconsistent:", inconsistent)

	// Unlock in one goroutine happens before the Lock that follows in
	// another: the handed-over string is complete.
	var mu sync.Mutex
	var msg string
	mu.Lock()
	go func() {
		msg = "written while holding the lock"
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println(msg)
	mu.Unlock()

	// RWMutex: a writer's Unlock happens before later RLocks.
	var rw sync.RWMutex
	table := map[int]string{}
	rw.Lock()
	go func() {
		for i := 0; i < 10; i++ {
			table[i] = fmt.Sprint("v", i)
		}
		rw.Unlock()
	}()
	out := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			rw.RLock()
			out <- len(table)
			rw.RUnlock()
		}()
	}
	seen := 0
	for g := 0; g < 4; g++ {
		seen += <-out
	}
	fmt.Println("readers saw:", seen)
}
