// run

package main

import "fmt"

func main() {
	ratio := 1.5
	fmt.Println("ratio", ratio)
	panic(ratio)
}
