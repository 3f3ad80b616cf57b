// run

package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	for i := 0; i < len(xs); i++ {
		fmt.Println(i, get(xs, i))
	}
	fmt.Println("reading index 5")
	fmt.Println(get(xs, 5))
}
