// run

package main

import (
	"fmt"
	"sync"
)

func receiver(c chan int, started *sync.WaitGroup) {
	started.Done()
	<-c
}

func sender(c chan int, started *sync.WaitGroup) {
	started.Done()
	c <- 1
}

func selector(a, b chan int, started *sync.WaitGroup) {
	started.Done()
	select {
	case <-a:
	case b <- 2:
	}
}

func nilReceiver(started *sync.WaitGroup) {
	var c chan int
	started.Done()
	<-c
}

func nilSender(started *sync.WaitGroup) {
	var c chan string
	started.Done()
	c <- "x"
}

func forever(started *sync.WaitGroup) {
	started.Done()
	select {}
}

func locker(mu *sync.Mutex, started *sync.WaitGroup) {
	started.Done()
	mu.Lock()
}

func reader(rw *sync.RWMutex, started *sync.WaitGroup) {
	started.Done()
	rw.RLock()
}

func waiter(wg *sync.WaitGroup, started *sync.WaitGroup) {
	started.Done()
	wg.Wait()
}

func main() {
	var started sync.WaitGroup
	started.Add(9)
	go receiver(make(chan int), &started)
	go sender(make(chan int), &started)
	go selector(make(chan int), make(chan int), &started)
	go nilReceiver(&started)
	go nilSender(&started)
	go forever(&started)
	var mu sync.Mutex
	mu.Lock()
	go locker(&mu, &started)
	var rw sync.RWMutex
	rw.Lock()
	go reader(&rw, &started)
	var never sync.WaitGroup
	never.Add(1)
	go waiter(&never, &started)
	started.Wait()
	fmt.Println("all started; main now blocks too")
	block := make(chan bool)
	<-block
}
