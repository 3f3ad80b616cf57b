// run

package main

import "fmt"

func wait(in <-chan int, out chan<- int) {
	select {
	case v := <-in:
		fmt.Println("got", v)
	case out <- 1:
		fmt.Println("sent")
	}
}

func main() {
	in := make(chan int)
	out := make(chan int)
	fmt.Println("waiting in select")
	wait(in, out)
}
