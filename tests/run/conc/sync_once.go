// run

package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func load() {
	loads++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			if config["mode"] != "fast" {
				fmt.Println("config not ready!")
			}
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads)

	// A different func on a used Once does nothing.
	once.Do(func() { fmt.Println("never") })
	fmt.Println("loads:", loads)

	// A panicking f counts as done: later Do calls do not run f again.
	var o2 sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() {
			calls++
			panic("init failed")
		})
	}()
	o2.Do(func() { calls++ })
	fmt.Println("calls:", calls)

	// Concurrent callers wait until f has returned.
	var o3 sync.Once
	started := make(chan bool)
	finish := make(chan bool)
	value := 0
	go o3.Do(func() {
		started <- true
		<-finish
		value = 7
	})
	<-started
	got := make(chan int)
	go func() {
		o3.Do(func() { value = -1 })
		got <- value
	}()
	close(finish)
	fmt.Println("second caller saw:", <-got)

	// Once inside a struct; recursive use of different Onces.
	type lazy struct {
		once sync.Once
		val  int
	}
	var l1, l2 lazy
	get := func(l *lazy, v int) int {
		l.once.Do(func() { l.val = v })
		return l.val
	}
	l1.once.Do(func() { l1.val = get(&l2, 5) * 2 })
	fmt.Println(get(&l1, 100), get(&l2, 100))
}
