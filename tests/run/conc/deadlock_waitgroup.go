// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			mu.Lock()
			done++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("unreachable", done)
}
