// run

package main

import "fmt"

func window(xs []string, lo, hi int) []string {
	return xs[lo:hi]
}

func main() {
	xs := []string{"a", "b", "c", "d", "e"}
	fmt.Println(window(xs, 1, 3))
	fmt.Println(window(xs, 2, 2))
	fmt.Println(window(xs, 4, 2))
}
