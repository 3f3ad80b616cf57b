// run

package main

import "fmt"

var trace []string

func arg(name string, v int) int {
	trace = append(trace, name)
	return v
}

func show(done chan<- string, a, b int, s string) {
	done <- fmt.Sprintf("%s: a=%d b=%d", s, a, b)
}

type point struct{ x, y int }

func showPoint(done chan<- string, p point, xs []int) {
	done <- fmt.Sprintf("p=%v xs=%v", p, xs)
}

func main() {
	done := make(chan string)

	// Arguments are evaluated in the calling goroutine, at the go statement.
	x := 1
	go show(done, x, arg("second", 20), "first")
	x = 100
	fmt.Println(<-done)
	fmt.Println("evaluated:", trace, "x now", x)

	// A struct argument is copied; a slice argument shares its array.
	p := point{1, 2}
	xs := []int{1, 2, 3}
	start := make(chan bool)
	go func(p point, xs []int) {
		<-start
		showPoint(done, p, xs)
	}(p, xs)
	p.x = 99
	xs[0] = 99
	start <- true
	fmt.Println(<-done)

	// The function value itself is evaluated at the go statement.
	f := func(n int) { done <- fmt.Sprint("old f ", n) }
	release := make(chan bool)
	go func(g func(int), n int) {
		<-release
		g(n)
	}(f, 7)
	f = func(n int) { done <- fmt.Sprint("new f ", n) }
	release <- true
	fmt.Println(<-done)
	go f(8)
	fmt.Println(<-done)
}
