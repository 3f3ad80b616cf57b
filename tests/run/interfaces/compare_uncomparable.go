// run

package main

import "fmt"

func main() {
	var a interface{} = 1
	var b interface{} = "x"
	fmt.Println("different types:", a == b)
	var m1 interface{} = map[string]int{}
	fmt.Println("map vs int:", m1 == a)
	var s1 interface{} = []int{1}
	var s2 interface{} = []int{1}
	fmt.Println("about to compare slices")
	fmt.Println(s1 == s2)
	fmt.Println("unreachable")
}
