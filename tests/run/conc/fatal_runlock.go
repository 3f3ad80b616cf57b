// run

package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read lock balanced")
	rw.RUnlock()
	fmt.Println("unreachable")
}
