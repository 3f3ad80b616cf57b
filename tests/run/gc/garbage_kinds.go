// run

// Garbage of every kind is freed: lists, maps of strings, closures,
// channels with buffered values, finished goroutines' data, interfaces.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

type pair struct {
	a, b *pair
	s    string
}

var sink any

// makeGarbage builds every kind of object and leaves the last of each in
// sink (overwritten by the next round).
func makeGarbage() {
	var l *pair
	for i := 0; i < 50000; i++ {
		l = &pair{a: l, s: strings.Repeat("x", 10)}
		l.b = l // a cycle
	}
	m := map[string][]byte{}
	for i := 0; i < 20000; i++ {
		m[fmt.Sprint("key", i)] = make([]byte, 100)
	}
	var fs []func() int
	for i := 0; i < 10000; i++ {
		x := make([]int, 10)
		fs = append(fs, func() int { return len(x) + i })
	}
	chs := make([]chan *pair, 100)
	for i := range chs {
		chs[i] = make(chan *pair, 100)
		for j := 0; j < 100; j++ {
			chs[i] <- &pair{s: "in a channel"}
		}
	}
	done := make(chan bool)
	for i := 0; i < 100; i++ {
		go func() {
			local := make([]int, 1000)
			done <- len(local) > 0
		}()
	}
	for i := 0; i < 100; i++ {
		<-done
	}
	sink = l
	sink = m
	sink = fs
	sink = chs
}

func main() {
	runtime.GC()
	base := heapAlloc()
	for round := 0; round < 5; round++ {
		makeGarbage()
	}
	sink = nil
	runtime.GC()
	runtime.GC()
	after := heapAlloc()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	// Five rounds make about 18 MB; a stale stack word may keep one
	// round alive (Gust scans stacks conservatively), never more.
	fmt.Println("heap back near start:", after < base+6<<20)
	fmt.Println("collections ran:", ms.NumGC >= 2)
	fmt.Println("objects freed:", ms.Frees > 500000)
	fmt.Println("total allocated over 30 MB:", ms.TotalAlloc > 30<<20)
}
