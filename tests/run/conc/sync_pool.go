// run

package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	pool := sync.Pool{
		New: func() interface{} {
			created++
			return new(strings.Builder)
		},
	}
	b := pool.Get().(*strings.Builder)
	b.WriteString("hello")
	fmt.Println(b.String(), created)
	b.Reset()
	pool.Put(b)

	// Get may or may not return the pooled object; either way it is usable.
	b2 := pool.Get().(*strings.Builder)
	b2.WriteString("again")
	fmt.Println(b2.String(), created >= 1 && created <= 2)

	// A Pool without New returns nil when empty.
	var empty sync.Pool
	fmt.Println(empty.Get())

	// Put of nil is ignored.
	empty.Put(nil)
	fmt.Println(empty.Get())

	// Concurrent use: every Get yields a usable buffer.
	bufs := sync.Pool{New: func() interface{} { return make([]byte, 0, 64) }}
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				buf := bufs.Get().([]byte)[:0]
				buf = append(buf, byte('a'+i))
				results[i] = string(buf)
				bufs.Put(buf)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(strings.Join(results, ""))
}
