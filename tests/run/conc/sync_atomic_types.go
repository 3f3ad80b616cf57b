// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type server struct {
	requests atomic.Int64
	running  atomic.Bool
	flags    atomic.Uint32
}

func main() {
	var i atomic.Int64
	fmt.Println(i.Load(), i.Add(5), i.Add(-2), i.Swap(10), i.Load())
	fmt.Println(i.CompareAndSwap(10, 11), i.CompareAndSwap(10, 12), i.Load())
	i.Store(-1)
	fmt.Println(i.Load())

	var i32 atomic.Int32
	i32.Store(1 << 30)
	fmt.Println(i32.Add(1<<30), i32.Load())

	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Swap(3), u32.Load())
	var u64 atomic.Uint64
	fmt.Println(u64.Add(1<<63), u64.CompareAndSwap(1<<63, 1), u64.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(8), up.Load())

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	// Atomic types as struct fields, shared across goroutines.
	s := &server{}
	s.running.Store(true)
	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 250; k++ {
				s.requests.Add(1)
			}
			for {
				old := s.flags.Load()
				if s.flags.CompareAndSwap(old, old|1<<(g%32)) {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.running.Load())
	fmt.Printf("%#x\n", s.flags.Load())

	// First caller wins with CompareAndSwap on a Bool.
	var claimed atomic.Bool
	var winners atomic.Int32
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if claimed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())
}
