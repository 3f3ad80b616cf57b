// run

package main

import "fmt"

func publish(c chan<- string, msg string) {
	c <- msg
}

func main() {
	c := make(chan string, 2)
	publish(c, "first")
	close(c)
	fmt.Println("buffered:", <-c)
	publish(c, "second")
	fmt.Println("unreachable")
}
