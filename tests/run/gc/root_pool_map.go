// run

// Objects held only by a sync.Pool or a sync.Map stay intact across
// collections forced from another goroutine (Go may drop pooled objects at
// a collection, so an empty Get is fine; a corrupted object is not).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type buf struct {
	tag  string
	data []int
}

func fresh(i int) *buf {
	b := &buf{tag: fmt.Sprint("buf", i), data: make([]int, 4096)}
	for j := range b.data {
		b.data[j] = i ^ j
	}
	return b
}

func intact(b *buf) bool {
	i, err := strconv.Atoi(b.tag[3:])
	if err != nil || len(b.data) != 4096 {
		return false
	}
	for j := range b.data {
		if b.data[j] != i^j {
			return false
		}
	}
	return true
}

func main() {
	var pool sync.Pool
	var m sync.Map
	for i := 0; i < 64; i++ {
		pool.Put(fresh(i))
		m.Store(i, fresh(i))
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 30; i++ {
			runtime.GC()
			_ = make([]*buf, 1000)
		}
	}()
	wg.Wait()
	bad := 0
	for i := 0; i < 64; i++ {
		if x := pool.Get(); x != nil && !intact(x.(*buf)) {
			bad++
		}
	}
	fmt.Println("corrupt pooled:", bad)
	n := 0
	m.Range(func(k, v any) bool {
		if !intact(v.(*buf)) || v.(*buf).tag != fmt.Sprint("buf", k) {
			bad++
		}
		n++
		return true
	})
	fmt.Println("map entries:", n, "corrupt:", bad)
}
