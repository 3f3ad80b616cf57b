// run

package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
		// Forgets to close results.
	}()
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-results
		fmt.Println("partial sum", sum)
	}
	fmt.Println("unreachable")
}
