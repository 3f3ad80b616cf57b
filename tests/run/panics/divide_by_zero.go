// run

package main

import "fmt"

func avg(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3, 6}))
	fmt.Println(avg(nil))
}
