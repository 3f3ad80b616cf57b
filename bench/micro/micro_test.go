// The Go side of bench/micro as `testing` benchmarks, for Go's own numbers:
//
//	go test -bench . -benchtime 1s bench/micro/micro_test.go
//
// (micro.go is the program both Go and Gust run; this file is Go-only.)
package micro

import (
	"sync"
	"testing"
	"time"
)

type pair struct{ a, b *pair }

var sink *pair

func BenchmarkUnbufferedHandoff(b *testing.B) {
	c := make(chan int)
	go func() {
		for i := 0; i < b.N; i++ {
			<-c
		}
	}()
	for i := 0; i < b.N; i++ {
		c <- i
	}
}

func BenchmarkBufferedSendRecv(b *testing.B) {
	c := make(chan int, 128)
	done := make(chan bool)
	go func() {
		for i := 0; i < b.N; i++ {
			<-c
		}
		done <- true
	}()
	for i := 0; i < b.N; i++ {
		c <- i
	}
	<-done
}

func BenchmarkSelect2Ready(b *testing.B) {
	x, y := make(chan int, 1), make(chan int, 1)
	for i := 0; i < b.N; i++ {
		x <- i
		select {
		case <-x:
		case <-y:
		}
	}
}

func BenchmarkSelect4Ready(b *testing.B) {
	w, x, y, z := make(chan int, 1), make(chan int, 1), make(chan int, 1), make(chan int, 1)
	for i := 0; i < b.N; i++ {
		y <- i
		select {
		case <-w:
		case <-x:
		case <-y:
		case <-z:
		}
	}
}

func BenchmarkSpawnExit(b *testing.B) {
	var wg sync.WaitGroup
	wg.Add(b.N)
	for i := 0; i < b.N; i++ {
		go wg.Done()
	}
	wg.Wait()
}

func BenchmarkMutexUncontended(b *testing.B) {
	var mu sync.Mutex
	for i := 0; i < b.N; i++ {
		mu.Lock()
		mu.Unlock()
	}
}

func BenchmarkMutex4Goroutines(b *testing.B) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	x := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < b.N/4; i++ {
				mu.Lock()
				x++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

func BenchmarkWaitGroupForkJoin2(b *testing.B) {
	var wg sync.WaitGroup
	for i := 0; i < b.N; i++ {
		wg.Add(2)
		go wg.Done()
		go wg.Done()
		wg.Wait()
	}
}

func BenchmarkTimerStartStop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		t := time.NewTimer(time.Hour)
		t.Stop()
	}
}

func BenchmarkAlloc16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = &pair{}
	}
}
