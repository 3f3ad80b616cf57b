// run

// An object reachable only from a pending timer's closure survives
// collections until the timer fires; stopped timers' closures are freed.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func table(seed int) []int {
	t := make([]int, 1<<20) // 8 MB
	for i := range t {
		t[i] = seed * i
	}
	return t
}

// arm starts four hour-long timers whose closures hold 8 MB each.
func arm() []*time.Timer {
	var timers []*time.Timer
	for i := 0; i < 4; i++ {
		t := table(i)
		timers = append(timers, time.AfterFunc(time.Hour, func() { fmt.Println(len(t)) }))
	}
	return timers
}

// armAndStop arms the timers, measures the heap, and stops them.
func armAndStop() uint64 {
	timers := arm()
	armed := heapAlloc()
	for _, t := range timers {
		t.Stop()
	}
	return armed
}

func main() {
	out := make(chan int)
	func() {
		t := table(3)
		time.AfterFunc(100*time.Millisecond, func() {
			s := 0
			for i, v := range t {
				if v != 3*i {
					s = -1
					break
				}
				s += v & 1
			}
			out <- s
		})
	}()
	for i := 0; i < 20; i++ {
		runtime.GC()
		_ = make([]byte, 1<<16)
	}
	fmt.Println("timer saw:", <-out)

	// Stopped timers: their closures become garbage.
	before := heapAlloc()
	armed := armAndStop()
	runtime.GC()
	runtime.GC()
	after := heapAlloc()
	fmt.Println("closures were live:", armed-before > 20<<20)
	fmt.Println("closures freed:", armed-after > 20<<20)
}
