// run

// Closures capture variables (not values): several closures sharing one
// variable, generators with private state, captured parameters and named
// results, closures stored in structs and slices, recursive closures,
// memoization, and closures outliving their creating call.  Loop variables
// are copied explicitly so the result does not depend on per-iteration
// loop variable semantics.
package main

import "fmt"

func makeAccount(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		return true
	}
	get = func() int { return balance }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func counterResult() (n int) {
	inc := func() { n++ }
	inc()
	inc()
	return // named result modified by the closure
}

func main() {
	dep, wd, get := makeAccount(10)
	dep(5)
	fmt.Println(wd(20), wd(12), get())

	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := fibGen() // independent state
	fmt.Println(g(), g(), f())

	add5, add10 := adder(5), adder(10)
	fmt.Println(add5(1), add10(1))

	calls := 0
	var slowSquare func(int) int = func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	fmt.Println(fast(4), fast(4), fast(5), calls)

	fmt.Println(counterResult())

	// Recursive closure via a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// Closures in a slice, each capturing its own copy.
	var fs []func() string
	for _, name := range []string{"a", "b", "c"} {
		name := name
		fs = append(fs, func() string { return name + name })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	// Closures sharing a single captured variable.
	x := 0
	incX := func() { x++ }
	getX := func() int { return x }
	incX()
	incX()
	x += 10
	fmt.Println(getX())

	// Closure capturing a struct through a pointer vs by value copy.
	type state struct{ n int }
	s := state{1}
	byRef := func() int { return s.n }
	sCopy := s
	byVal := func() int { return sCopy.n }
	s.n = 2
	fmt.Println(byRef(), byVal())

	// Immediately invoked closure with its own defer.
	result := func() (out string) {
		defer func() { out += " (deferred)" }()
		return "iife"
	}()
	fmt.Println(result)
}
