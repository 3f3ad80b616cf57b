// run

package main

import (
	"fmt"
	"sync"
)

func finish(wg *sync.WaitGroup) {
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	finish(&wg)
	wg.Wait()
	fmt.Println("balanced")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	finish(&wg2)
	fmt.Println("unreachable")
}
