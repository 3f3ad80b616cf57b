// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("workers finished; blocking forever")
	select {}
}
