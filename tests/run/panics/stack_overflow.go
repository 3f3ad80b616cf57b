// run

package main

import "fmt"

func f(n int) int {
	if n < 0 {
		return 0
	}
	return f(n+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
