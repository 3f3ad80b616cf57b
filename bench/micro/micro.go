// micro: the runtime's primitives one at a time, as ns per operation.
// The same file runs under `go build` output and `gust run`
// (bench/micro/run.sh prints both side by side). Each loop runs n times
// (os.Args[1] scales every n; default 1).
//
// `micro -serve` is the driver of the criterion harness
// (benches/primitives.rs): it reads requests "NAME N" from standard input,
// one per line, runs that loop with n = N and answers with the elapsed
// nanoseconds on a line of its own (like testing.B with b.N = N).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

var scale = 1

type bench struct {
	name string
	n    int
	f    func(n int)
}

func measure(b bench) {
	n := b.n * scale
	t := time.Now()
	b.f(n)
	el := time.Since(t)
	fmt.Printf("%-32s %9.1f ns/op\n", b.name, float64(el.Nanoseconds())/float64(n))
}

type pair struct{ a, b *pair }

var sink *pair

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-serve" {
		serve()
		return
	}
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	for _, b := range benches {
		measure(b)
	}
}

// serve answers "NAME N" requests until standard input ends.
func serve() {
	var pending []byte
	buf := make([]byte, 256)
	for {
		i := strings.IndexByte(string(pending), '\n')
		if i < 0 {
			n, err := os.Stdin.Read(buf)
			if n == 0 || err != nil {
				return
			}
			pending = append(pending, buf[:n]...)
			continue
		}
		line := string(pending[:i])
		pending = pending[i+1:]
		sep := strings.LastIndexByte(line, ' ')
		name := line[:sep]
		n, _ := strconv.Atoi(line[sep+1:])
		found := false
		for _, b := range benches {
			if b.name == name {
				t := time.Now()
				b.f(n)
				fmt.Println(time.Since(t).Nanoseconds())
				found = true
			}
		}
		if !found {
			fmt.Println(-1)
		}
	}
}

var benches = []bench{
	{"unbuffered handoff", 1000000, func(n int) {
		c := make(chan int)
		go func() {
			for i := 0; i < n; i++ {
				<-c
			}
		}()
		for i := 0; i < n; i++ {
			c <- i
		}
	}},
	{"buffered send+recv (cap 128)", 2000000, func(n int) {
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
	}},
	{"send + ready 2-case select", 2000000, func(n int) {
		a, b := make(chan int, 1), make(chan int, 1)
		for i := 0; i < n; i++ {
			a <- i
			select {
			case <-a:
			case <-b:
			}
		}
	}},
	{"send + ready 4-case select", 2000000, func(n int) {
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
	}},
	{"goroutine spawn+exit", 500000, func(n int) {
		var wg sync.WaitGroup
		wg.Add(n)
		for i := 0; i < n; i++ {
			go wg.Done()
		}
		wg.Wait()
	}},
	{"mutex lock+unlock, uncontended", 10000000, func(n int) {
		var mu sync.Mutex
		for i := 0; i < n; i++ {
			mu.Lock()
			mu.Unlock()
		}
	}},
	{"mutex lock+unlock, 4 goroutines", 4000000, func(n int) {
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
	}},
	{"WaitGroup fork/join of 2", 300000, func(n int) {
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(2)
			go wg.Done()
			go wg.Done()
			wg.Wait()
		}
	}},
	{"timer start+stop", 1000000, func(n int) {
		for i := 0; i < n; i++ {
			t := time.NewTimer(time.Hour)
			t.Stop()
		}
	}},
	{"allocate 16 bytes", 20000000, func(n int) {
		for i := 0; i < n; i++ {
			sink = &pair{}
		}
	}},
}
