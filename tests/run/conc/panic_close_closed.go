// run

package main

import "fmt"

func shutdown(c chan int) {
	close(c)
}

func main() {
	c := make(chan int)
	shutdown(c)
	_, ok := <-c
	fmt.Println("closed once, ok =", ok)
	shutdown(c)
	fmt.Println("unreachable")
}
