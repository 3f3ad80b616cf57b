// run

// Values reachable only from a buffered channel's buffer survive forced
// collections intact; once received and dropped they are freed.
package main

import (
	"fmt"
	"runtime"
)

type blob struct {
	id   int
	data []int
	name string
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func main() {
	const n = 200
	ch := make(chan *blob, n)
	for i := 0; i < n; i++ {
		b := &blob{id: i, data: make([]int, 8192), name: fmt.Sprint("blob-", i)}
		for j := range b.data {
			b.data[j] = i + j
		}
		ch <- b
	}
	// An interface channel too: the buffer holds (type, pointer) pairs.
	ich := make(chan any, 4)
	ich <- []string{"a", "b"}
	ich <- map[string]int{"x": 1}

	stop := make(chan bool)
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				done <- true
				return
			default:
			}
			runtime.GC()
			_ = make([]byte, 1<<16)
		}
	}()
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
	live := heapAlloc()
	bad := 0
	for i := 0; i < n; i++ {
		b := <-ch
		if b.id != i || b.name != fmt.Sprint("blob-", i) || len(b.data) != 8192 {
			bad++
			continue
		}
		for j := range b.data {
			if b.data[j] != i+j {
				bad++
				break
			}
		}
	}
	fmt.Println("bad blobs:", bad)
	fmt.Println(<-ich, <-ich)
	stop <- true
	<-done
	runtime.GC()
	after := heapAlloc()
	fmt.Println("buffer was live:", live > 12<<20)
	fmt.Println("buffer freed:", live-after > 12<<20)
}
