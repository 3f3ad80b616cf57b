// run

package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	t := s[0:2:5]
	fmt.Println(t, len(t), cap(t))
	lo, hi, max := 1, 3, 2
	fmt.Println("slicing", lo, hi, max)
	fmt.Println(s[lo:hi:max])
}
