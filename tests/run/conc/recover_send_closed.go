// run

package main

import (
	"fmt"
	"runtime"
)

func trySend(c chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			re, isRuntime := r.(runtime.Error)
			fmt.Println("recovered:", r)
			fmt.Println("is runtime.Error:", isRuntime)
			if isRuntime {
				err = re
			}
		}
	}()
	c <- v
	return nil
}

func tryClose(c chan int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			msg = fmt.Sprintf("%v (runtime.Error: %v)", r, isRuntime)
		}
	}()
	close(c)
	return "closed"
}

func main() {
	c := make(chan int, 1)
	fmt.Println("send ok:", trySend(c, 1))
	close(c)
	err := trySend(c, 2)
	fmt.Println("error:", err)
	fmt.Println("buffered value still there:", <-c)

	fmt.Println(tryClose(make(chan int)))
	fmt.Println(tryClose(c))
	fmt.Println(tryClose(nil))

	// Recovering inside a goroutine keeps the program alive.
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		var cc chan int = make(chan int)
		close(cc)
		cc <- 1
	}()
	fmt.Println(<-done)
}
