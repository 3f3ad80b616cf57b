// run

package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "fits in the buffer"
	fmt.Println("first send done, len", len(ch))
	ch <- "blocks forever"
	fmt.Println("unreachable")
}
