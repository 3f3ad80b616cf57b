// run

package main

import "fmt"

func main() {
	fmt.Println("panicking with an int")
	panic(42)
}
