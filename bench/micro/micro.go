// micro: the runtime's primitives one at a time, as ns per operation.
// The same file runs under `go build` output and `gust run`
// (bench/micro/run.sh prints both side by side). Each loop runs n times
// (os.Args[1] scales every n; default 1).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

var scale = 1

func measure(name string, n int, f func(n int)) {
	n *= scale
	t := time.Now()
	f(n)
	el := time.Since(t)
	fmt.Printf("%-32s %9.1f ns/op\n", name, float64(el.Nanoseconds())/float64(n))
}

type pair struct{ a, b *pair }

var sink *pair

func main() {
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	measure("unbuffered handoff", 1000000, func(n int) {
		c := make(chan int)
		go func() {
			for i := 0; i < n; i++ {
				<-c
			}
		}()
		for i := 0; i < n; i++ {
			c <- i
		}
	})
	measure("buffered send+recv (cap 128)", 2000000, func(n int) {
		c := make(chan int, 128)
		done := make(chan bool)
		go func() {
			for i := 0; i < n; i++ {
				<-c
			}
			done <- true
		}()
		for i := 0; i < n; i++ {
			c <- i
		}
		<-done
	})
	measure("send + ready 2-case select", 2000000, func(n int) {
		a, b := make(chan int, 1), make(chan int, 1)
		for i := 0; i < n; i++ {
			a <- i
			select {
			case <-a:
			case <-b:
			}
		}
	})
	measure("send + ready 4-case select", 2000000, func(n int) {
		a, b, c, d := make(chan int, 1), make(chan int, 1), make(chan int, 1), make(chan int, 1)
		for i := 0; i < n; i++ {
			c <- i
			select {
			case <-a:
			case <-b:
			case <-c:
			case <-d:
			}
		}
	})
	measure("goroutine spawn+exit", 500000, func(n int) {
		var wg sync.WaitGroup
		wg.Add(n)
		for i := 0; i < n; i++ {
			go wg.Done()
		}
		wg.Wait()
	})
	measure("mutex lock+unlock, uncontended", 10000000, func(n int) {
		var mu sync.Mutex
		for i := 0; i < n; i++ {
			mu.Lock()
			mu.Unlock()
		}
	})
	measure("mutex lock+unlock, 4 goroutines", 4000000, func(n int) {
		var mu sync.Mutex
		var wg sync.WaitGroup
		x := 0
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < n/4; i++ {
					mu.Lock()
					x++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	})
	measure("WaitGroup fork/join of 2", 300000, func(n int) {
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(2)
			go wg.Done()
			go wg.Done()
			wg.Wait()
		}
	})
	measure("timer start+stop", 1000000, func(n int) {
		for i := 0; i < n; i++ {
			t := time.NewTimer(time.Hour)
			t.Stop()
		}
	})
	measure("allocate 16 bytes", 20000000, func(n int) {
		for i := 0; i < n; i++ {
			sink = &pair{}
		}
	})
}
