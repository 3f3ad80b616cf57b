// run

package main

import "fmt"

type box struct{ v int }

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 8; i++ {
		c <- i
	}

	// v := <-c
	select {
	case v := <-c:
		fmt.Println("define:", v)
	}
	// v, ok := <-c
	select {
	case v, ok := <-c:
		fmt.Println("define ok:", v, ok)
	}
	// v = <-c
	var x int
	select {
	case x = <-c:
	}
	fmt.Println("assign:", x)
	// v, ok = <-c
	var ok bool
	select {
	case x, ok = <-c:
	}
	fmt.Println("assign ok:", x, ok)
	// Assignment to a map element, a struct field, a slice element.
	m := map[string]int{}
	select {
	case m["k"] = <-c:
	}
	b := &box{}
	select {
	case b.v = <-c:
	}
	s := make([]int, 2)
	select {
	case s[1] = <-c:
	}
	fmt.Println(m, b.v, s)
	// Blank identifiers.
	select {
	case _, _ = <-c:
	}
	fmt.Println("left:", len(c))

	// Shadowing: the case variable is scoped to the case.
	v := "outer"
	c <- 99
	select {
	case v := <-c:
		fmt.Println("inner v:", v)
	}
	fmt.Println("outer v:", v)

	// ok false after close, in both forms.
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed define:", v, ok)
	}
	x, ok = 5, true
	select {
	case x, ok = <-c:
	}
	fmt.Println("closed assign:", x, ok)

	// Channel of interfaces, assigned to an interface variable.
	ci := make(chan interface{}, 1)
	ci <- "str"
	var iv interface{}
	select {
	case iv = <-ci:
	}
	fmt.Printf("%T %v\n", iv, iv)
}
