// run

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	// A goroutine spinning on Gosched must let the others run, whatever
	// GOMAXPROCS is.
	var flag atomic.Bool
	var spins atomic.Int64
	done := make(chan bool)
	go func() {
		for !flag.Load() {
			spins.Add(1)
			runtime.Gosched()
		}
		done <- true
	}()
	go func() {
		runtime.Gosched()
		flag.Store(true)
	}()
	<-done
	fmt.Println("spinner saw the flag:", flag.Load(), spins.Load() >= 0)

	// Main itself yields until a worker has finished.
	var finished atomic.Int32
	for i := 0; i < 4; i++ {
		go func() {
			s := 0
			for k := 0; k < 1000; k++ {
				s += k
			}
			if s == 499500 {
				finished.Add(1)
			}
		}()
	}
	for finished.Load() < 4 {
		runtime.Gosched()
	}
	fmt.Println("workers finished:", finished.Load())

	// Ping-pong: strict alternation forced by channels, Gosched between.
	ping, pong := make(chan int), make(chan int)
	out := make(chan string, 20)
	go func() {
		for v := range ping {
			runtime.Gosched()
			out <- fmt.Sprint("pong ", v)
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		out <- fmt.Sprint("ping ", v)
		ping <- v + 1
		runtime.Gosched()
		v = <-pong
	}
	close(ping)
	<-pong
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("final", v)
}
