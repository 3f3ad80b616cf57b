// run

package main

import "fmt"

type server struct {
	requests chan int
}

func main() {
	var s server // requests never made
	fmt.Println("nil channel:", s.requests == nil)
	v := <-s.requests
	fmt.Println("unreachable", v)
}
