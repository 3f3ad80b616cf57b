// run

package main

import "fmt"

type State string

func main() {
	s := State("corrupt")
	fmt.Println("state:", s)
	panic(s)
}
