// run

// errgroup: SetLimit bounds the active goroutines (Go blocks, TryGo
// refuses), and the limit can change once the group is idle.
// Golden from Go 1.19 with golang.org/x/sync at commit 7fc1605 (the
// file cannot run under a bare `go run`: it needs that module).

package main

import (
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(3)
	var active, peak int32
	for i := 0; i < 20; i++ {
		g.Go(func() error {
			a := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if a <= p || atomic.CompareAndSwapInt32(&peak, p, a) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			return nil
		})
	}
	fmt.Println("wait:", g.Wait(), "peak <= 3:", atomic.LoadInt32(&peak) <= 3, "peak > 0:", atomic.LoadInt32(&peak) > 0)

	// TryGo: refused while the limit is reached.
	var h errgroup.Group
	h.SetLimit(1)
	release := make(chan struct{})
	fmt.Println("first TryGo:", h.TryGo(func() error { <-release; return nil }))
	fmt.Println("second TryGo:", h.TryGo(func() error { return nil }))
	close(release)
	fmt.Println("wait:", h.Wait())
	fmt.Println("TryGo after wait:", h.TryGo(func() error { return nil }))
	fmt.Println("wait:", h.Wait())

	// A new limit once idle; a negative limit removes it.
	h.SetLimit(-1)
	var n int32
	for i := 0; i < 50; i++ {
		h.Go(func() error { atomic.AddInt32(&n, 1); return nil })
	}
	fmt.Println("unlimited:", h.Wait(), atomic.LoadInt32(&n))

	// Changing the limit while goroutines are active panics.
	var k errgroup.Group
	k.SetLimit(1)
	block := make(chan struct{})
	k.Go(func() error { <-block; return nil })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k.SetLimit(2)
	}()
	close(block)
	k.Wait()
}
