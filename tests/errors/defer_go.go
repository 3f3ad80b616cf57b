// errorcheck

// go and defer take a function or method call (not a conversion, not a
// plain value, not a parenthesized call); certain builtins may not be
// deferred or started as goroutines because their results would be
// discarded.
package main

import "fmt"

type T struct{}

func (T) M() {}

func main() {
	f := func() {}
	defer f // ERROR "expression in defer must be function call"
	go f // ERROR "expression in go must be function call"
	defer fmt.Println // ERROR "expression in defer must be function call"
	go T{}.M // ERROR "expression in go must be function call"
	defer int(1) // ERROR "defer requires function call, not conversion|must be function call"
	defer len("x") // ERROR "defer discards result of len|not used"
	go append([]int{}, 1) // ERROR "go discards result of append|not used"

	// Fine.
	defer f()
	go f()
	defer T{}.M()
	defer close(make(chan int))
	defer panic("ok")
	defer func() { recover() }()
	defer fmt.Println("x")
}
