// run

package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("value %d too large (limit %d)", n, 2))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
