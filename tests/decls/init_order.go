// run

// Package initialization: variables are initialized in dependency order,
// then every init function runs in source order (several are allowed),
// then main.
package main

import "fmt"

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var first = note("first (depends on nothing)")
var third = note("third") + second // forces second to be initialized first
var second = note("second")

func init() {
	note("init #1")
}

func init() {
	note("init #2")
}

func main() {
	note("main")
	for i, s := range trace {
		fmt.Println(i, s)
	}
	fmt.Println(first, second, third)
}
