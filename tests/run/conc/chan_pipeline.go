// run

package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func format(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("<%d>", n)
		}
	}()
	return out
}

func main() {
	for s := range format(sq(gen(1, 2, 3, 4, 5))) {
		fmt.Print(s, " ")
	}
	fmt.Println()

	// Stages composed twice.
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Print(n, " ")
	}
	fmt.Println()

	odd := func(n int) bool { return n%2 == 1 }
	var xs []int
	for i := 0; i < 20; i++ {
		xs = append(xs, i)
	}
	total := 0
	for n := range filter(sq(gen(xs...)), odd) {
		total += n
	}
	fmt.Println("sum of odd squares below 20:", total)

	// Early exit with a done channel so producers do not leak forever.
	done := make(chan struct{})
	nat := make(chan int)
	go func() {
		defer close(nat)
		for i := 0; ; i++ {
			select {
			case nat <- i:
			case <-done:
				return
			}
		}
	}()
	for n := range nat {
		if n == 5 {
			close(done)
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	// Drain until the producer notices done and closes.
	for range nat {
	}
	fmt.Println("producer stopped")
}
