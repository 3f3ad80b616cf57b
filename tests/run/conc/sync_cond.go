// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	// Broadcast wakes every waiter.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var waiting sync.WaitGroup
	var wg sync.WaitGroup
	woken := 0
	for i := 0; i < 10; i++ {
		waiting.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting.Done()
			for !ready {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	waiting.Wait()
	mu.Lock()
	ready = true
	mu.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Println("woken:", woken)

	// Signal-based producer/consumer queue with several consumers.
	q := newQueue()
	results := make(chan int, 100)
	var consumers sync.WaitGroup
	for i := 0; i < 3; i++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				results <- v * 2
			}
		}()
	}
	for i := 1; i <= 20; i++ {
		q.put(i)
	}
	q.close()
	consumers.Wait()
	close(results)
	var got []int
	for v := range results {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[len(got)-1])

	// Signal with no waiters is a no-op; Wait needs the lock held.
	c.Signal()
	c.Broadcast()

	// Turn-taking with one Cond: goroutines print in turn order.
	turn := 0
	var tmu sync.Mutex
	tc := sync.NewCond(&tmu)
	var out []string
	var players sync.WaitGroup
	for id := 2; id >= 0; id-- {
		players.Add(1)
		go func(id int) {
			defer players.Done()
			for round := 0; round < 2; round++ {
				tmu.Lock()
				for turn%3 != id {
					tc.Wait()
				}
				out = append(out, fmt.Sprintf("p%d.r%d", id, round))
				turn++
				tmu.Unlock()
				tc.Broadcast()
			}
		}(id)
	}
	players.Wait()
	fmt.Println(out)
}
