// run

package main

import "fmt"

func fibonacci(c chan<- int, quit <-chan struct{}) int {
	x, y := 0, 1
	sent := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			sent++
		case <-quit:
			return sent
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	res := make(chan int)
	go func() { res <- fibonacci(c, quit) }()
	for i := 0; i < 12; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println("sent:", <-res)

	// An event loop with several inputs and a quit channel.
	nums := make(chan int)
	words := make(chan string)
	stop := make(chan bool)
	summary := make(chan string)
	go func() {
		total, text := 0, ""
		for {
			select {
			case n := <-nums:
				total += n
			case w := <-words:
				text += w
			case <-stop:
				summary <- fmt.Sprint(total, " ", text)
				return
			}
		}
	}()
	for i := 1; i <= 4; i++ {
		nums <- i
		words <- string(rune('a' + i - 1))
	}
	stop <- true
	fmt.Println(<-summary)

	// Labelled continue and break from inside select.
	in := make(chan int, 10)
	for i := 0; i < 10; i++ {
		in <- i
	}
	close(in)
	var odds []int
outer:
	for {
		select {
		case v, ok := <-in:
			if !ok {
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			odds = append(odds, v)
		}
	}
	fmt.Println(odds)

	// Plain break inside select only leaves the select.
	iterations := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i >= 0 {
				break
			}
			fmt.Println("never")
		}
		iterations++
	}
	fmt.Println("iterations:", iterations)
}
