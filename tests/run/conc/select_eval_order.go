// run

package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int)
	a <- 1
	b <- 0 // full: the send case on b cannot proceed

	// All channel expressions and send values are evaluated once, in source
	// order, on entry to the select, even for cases that are not chosen.
	var got int
	select {
	case ch("c", c) <- val("c", 30):
		fmt.Println("sent on c (impossible)")
	case got = <-ch("a", a):
		fmt.Println("received", got)
	case ch("b", b) <- val("b", 20):
		fmt.Println("sent on b (impossible)")
	}
	fmt.Println(trace)

	// The left-hand side of a receive assignment is evaluated only when
	// that case is chosen.
	trace = nil
	m := map[string]int{}
	key := func(k string) string {
		trace = append(trace, "key "+k)
		return k
	}
	d := make(chan int, 1)
	d <- 7
	e := make(chan int)
	select {
	case m[key("d")] = <-ch("d", d):
	case m[key("e")] = <-ch("e", e):
	}
	fmt.Println(trace, m)

	// With default chosen, operands are still evaluated.
	trace = nil
	select {
	case ch("c", c) <- val("c", 1):
	case <-ch("c2", c):
	default:
		trace = append(trace, "default")
	}
	fmt.Println(trace)

	// A nil channel expression is evaluated (and the value expression too).
	trace = nil
	var nilc chan int
	f := make(chan int, 1)
	select {
	case ch("nil", nilc) <- val("nil", 5):
	case ch("f", f) <- val("f", 6):
	}
	fmt.Println(trace, <-f)
}
