// run

package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) put(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func (s *store) buggy() {
	// A fatal error cannot be recovered.
	defer func() { fmt.Println("recovered (never):", recover()) }()
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[string]int{}}
	s.put("a", 1)
	fmt.Println("stored", s.data["a"])
	s.buggy()
	fmt.Println("unreachable")
}
