// run

// Function types and values: functions as arguments and results,
// closures capturing variables by reference, function-typed struct
// fields and map values, nil function values, variadic functions
// receiving slices, and recursion through a function variable.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 2, 3))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	ops := map[string]BinOp{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
	}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](10, 4))
	}

	type handler struct {
		name string
		fn   func() string
	}
	hs := []handler{{"a", func() string { return "A" }}, {"b", nil}}
	for _, h := range hs {
		if h.fn != nil {
			fmt.Println(h.name, h.fn())
		} else {
			fmt.Println(h.name, "nil func")
		}
	}

	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(mapStrings([]string{"x", "y"}, strings.ToUpper))

	// Closures share captured variables.
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		j := i // per-iteration copy
		funcs[i] = func() int { return j * j }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var nilFn func()
	fmt.Println(nilFn == nil)
}
