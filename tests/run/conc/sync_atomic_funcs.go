// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var uptr uintptr

	fmt.Println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -7))
	fmt.Println(atomic.AddInt64(&i64, 1<<40), atomic.AddInt64(&i64, -1))
	fmt.Println(atomic.AddUint32(&u32, 10), atomic.AddUint32(&u32, ^uint32(0)))
	fmt.Println(atomic.AddUint64(&u64, 3), atomic.AddUintptr(&uptr, 2))

	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&uptr))

	atomic.StoreInt32(&i32, 100)
	atomic.StoreInt64(&i64, -100)
	atomic.StoreUint32(&u32, 7)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(i32, i64, u32, u64)

	fmt.Println(atomic.SwapInt32(&i32, 1), i32)
	fmt.Println(atomic.SwapInt64(&i64, 2), i64)
	fmt.Println(atomic.SwapUint32(&u32, 3), u32)
	fmt.Println(atomic.SwapUint64(&u64, 4), u64)

	fmt.Println(atomic.CompareAndSwapInt32(&i32, 1, 10), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 1, 20), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 2, 30), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0, 40), u32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 4, 50), u64)

	// Wrap-around.
	var small int32 = 1<<31 - 1
	fmt.Println(atomic.AddInt32(&small, 1))

	// Concurrent increments and a CAS loop computing a maximum.
	var count int64
	var max int32
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int32) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				atomic.AddInt64(&count, 1)
			}
			for {
				old := atomic.LoadInt32(&max)
				if g <= old || atomic.CompareAndSwapInt32(&max, old, g) {
					break
				}
			}
		}(int32(g))
	}
	wg.Wait()
	fmt.Println("count:", atomic.LoadInt64(&count), "max:", atomic.LoadInt32(&max))

	// Atomic fields in a struct through a pointer.
	type stats struct {
		hits, misses uint64
	}
	s := &stats{}
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			if g%2 == 0 {
				atomic.AddUint64(&s.hits, 1)
			} else {
				atomic.AddUint64(&s.misses, 2)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.hits, s.misses)
}
