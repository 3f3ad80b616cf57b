// run

package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	fmt.Println(s[:3], len(s[:3]))
	n := 4
	fmt.Println("slicing to", n)
	fmt.Println(s[:n])
}
