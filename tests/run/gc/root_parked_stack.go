// run

// An object reachable only from a parked goroutine's stack survives
// collections forced from another goroutine, and is freed once that
// goroutine has finished.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
	pad  [14]int
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func churn(stop chan struct{}, done chan int) {
	n := 0
	for {
		select {
		case <-stop:
			done <- n
			return
		default:
		}
		runtime.GC()
		junk := make([]*node, 100)
		for i := range junk {
			junk[i] = &node{val: i}
		}
		n++
	}
}

func main() {
	built := make(chan bool)
	wake := make(chan bool)
	result := make(chan int)
	const count = 100000 // 100000 nodes of 128 bytes: 12.8 MB
	go func() {
		var head *node
		for i := 0; i < count; i++ {
			head = &node{next: head, val: i}
		}
		built <- true
		<-wake // parked: the list is reachable only from this stack
		sum := 0
		for n := head; n != nil; n = n.next {
			sum += n.val
		}
		result <- sum
	}()
	<-built
	stop := make(chan struct{})
	done := make(chan int)
	go churn(stop, done)
	for i := 0; i < 20; i++ {
		runtime.GC()
	}
	withList := heapAlloc()
	wake <- true
	sum := <-result
	close(stop)
	rounds := <-done
	fmt.Println("sum:", sum, sum == count*(count-1)/2)
	fmt.Println("churn ran:", rounds > 0)
	runtime.GC()
	runtime.GC()
	after := heapAlloc()
	fmt.Println("list was live:", withList > 10<<20)
	fmt.Println("list freed:", withList-after > 10<<20)
}
