// run

package main

import "fmt"

func produce(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	// Missing close(out): the range below never ends.
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("value", v)
	}
	fmt.Println("unreachable")
}
