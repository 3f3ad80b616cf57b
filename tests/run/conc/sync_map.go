// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var lines []string
	m.Range(func(k, v interface{}) bool {
		lines = append(lines, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(lines)
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)

	m.Store("a", 1)
	m.Store("b", 2)
	m.Store("c", 3)
	v, ok = m.Load("b")
	fmt.Println(v, ok)

	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("d", 4)
	fmt.Println(actual, loaded)

	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)

	m.Delete("b")
	m.Delete("never-there")
	dump(&m)

	m.Store("a", "replaced")
	dump(&m)

	// Mixed key types.
	m.Store(1, "int one")
	m.Store(1.5, "float")
	v, _ = m.Load(1)
	fmt.Println(v)
	v, ok = m.Load(int64(1))
	fmt.Println(v, ok)

	// Range stops when f returns false.
	var n sync.Map
	for i := 0; i < 10; i++ {
		n.Store(i, i*i)
	}
	visited := 0
	n.Range(func(k, v interface{}) bool {
		visited++
		return visited < 3
	})
	fmt.Println("visited:", visited)

	// Concurrent LoadOrStore: exactly one goroutine stores per key.
	var cm sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	stored := 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				if _, loaded := cm.LoadOrStore(k, g); !loaded {
					mu.Lock()
					stored++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	count := 0
	cm.Range(func(_, _ interface{}) bool { count++; return true })
	fmt.Println("stored:", stored, "keys:", count)
}
