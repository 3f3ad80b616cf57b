// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	// chan struct{} as a one-shot done signal.
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	fmt.Println("done signalled")

	// close as a broadcast to many waiters; each reports back in order of id
	// via its own slot.
	start := make(chan struct{})
	var wg sync.WaitGroup
	woke := make([]bool, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			woke[i] = true
		}(i)
	}
	close(start)
	wg.Wait()
	n := 0
	for _, w := range woke {
		if w {
			n++
		}
	}
	fmt.Println("woken by broadcast:", n)

	// Receiving from the closed signal channel again returns immediately.
	<-start
	<-start
	_, ok := <-start
	fmt.Println("still closed, ok =", ok)

	// struct{} values sent through a buffered channel as tokens.
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	fmt.Println("tokens:", len(tokens))
	t := <-tokens
	fmt.Println(t == struct{}{}, len(tokens))
	fmt.Printf("%v\n", t)
}
