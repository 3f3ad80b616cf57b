// run

// Synchronization helpers with deterministic results: sync/atomic
// counters and compare-and-swap, sync.Once, sync.RWMutex, a condition
// implemented with channels, context cancellation and values, and
// runtime.Gosched/GOMAXPROCS calls that must not change the output.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type ctxKey string

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap) Add(k string, d int) {
	s.mu.Lock()
	s.m[k] += d
	s.mu.Unlock()
}

func main() {
	// Atomic counter incremented from many goroutines.
	var counter int64
	var ucount uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&counter, 1)
				atomic.AddUint32(&ucount, 2)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter), atomic.LoadUint32(&ucount))

	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	atomic.StoreInt32(&flag, 7)
	fmt.Println(atomic.SwapInt32(&flag, 9), atomic.LoadInt32(&flag))
	var av atomic.Value
	av.Store("stored")
	fmt.Println(av.Load().(string))
	var ai atomic.Int64 // Go 1.19 typed atomics
	ai.Add(5)
	ai.Add(-2)
	fmt.Println(ai.Load())

	// sync.Once runs its function exactly once.
	var once sync.Once
	runs := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { runs++ })
		}()
	}
	wg2.Wait()
	fmt.Println("once ran", runs)

	// RWMutex-protected map.
	sm := &SafeMap{m: map[string]int{}}
	var wg3 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			sm.Add([]string{"even", "odd"}[i%2], i)
			sm.Get("even")
		}(i)
	}
	wg3.Wait()
	e, _ := sm.Get("even")
	o, _ := sm.Get("odd")
	fmt.Println(e, o)

	// Context cancellation stops a worker; the worker reports ctx.Err().
	ctx, cancel := context.WithCancel(context.Background())
	ctx = context.WithValue(ctx, ctxKey("user"), "gopher")
	started := make(chan struct{})
	finished := make(chan error)
	go func() {
		close(started)
		<-ctx.Done()
		finished <- ctx.Err()
	}()
	<-started
	cancel()
	err := <-finished
	fmt.Println(err, errors.Is(err, context.Canceled), ctx.Value(ctxKey("user")), ctx.Value(ctxKey("none")))

	// A deadline that has already passed.
	dctx, dcancel := context.WithTimeout(context.Background(), -time.Second)
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), errors.Is(dctx.Err(), context.DeadlineExceeded))

	// A timer-based wait whose output does not depend on timing.
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("timer fired")
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
	fmt.Println(runtime.GOMAXPROCS(0) > 0, runtime.NumCPU() > 0)
}
