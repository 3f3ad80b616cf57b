// errorcheck

// Package-level initialization cycles, directly and through a function body.
package main

var (
	a int = b // ERROR "initialization (loop|cycle)"
	b int = f()
)

func f() int { return a }

func main() {}
