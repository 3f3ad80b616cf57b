// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", what)
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())

	v.Store(config{"initial", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.version)

	old := v.Swap(config{"second", 2})
	fmt.Println(old.(config).name, v.Load().(config).version)

	fmt.Println(v.CompareAndSwap(config{"second", 2}, config{"third", 3}))
	fmt.Println(v.CompareAndSwap(config{"second", 2}, config{"fourth", 4}))
	fmt.Println(v.Load().(config).name)

	// Panics.
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("a string") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(42) })
	try("cas nil new", func() { v.CompareAndSwap(config{}, nil) })
	try("cas other type", func() { v.CompareAndSwap(config{}, 1.5) })
	try("store same type", func() { v.Store(config{"fifth", 5}) })

	// Uninitialised Value: Swap and CompareAndSwap.
	var w atomic.Value
	fmt.Println(w.Swap("first"))
	fmt.Println(w.CompareAndSwap(nil, "x"))
	var z atomic.Value
	fmt.Println(z.CompareAndSwap(nil, "x"), z.Load())

	// Publishing immutable snapshots to readers.
	var snap atomic.Value
	snap.Store([]int{0})
	var wg sync.WaitGroup
	var bad atomic.Int32
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				s := snap.Load().([]int)
				for i, x := range s {
					if x != i {
						bad.Add(1)
					}
				}
			}
		}()
	}
	for n := 1; n <= 50; n++ {
		s := make([]int, n)
		for i := range s {
			s[i] = i
		}
		snap.Store(s)
	}
	wg.Wait()
	fmt.Println("bad:", bad.Load(), "final len:", len(snap.Load().([]int)))
}
