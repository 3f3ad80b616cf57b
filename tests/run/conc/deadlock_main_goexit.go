// run

package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker ran")
		done <- true
	}()
	<-done
	defer fmt.Println("main's deferred call runs")
	// Goexit in main: the program does not exit normally; once every other
	// goroutine is gone the runtime reports a deadlock.
	runtime.Goexit()
}
