// run

package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func apply(fs []func(int) int, v int) []int {
	out := make([]int, 0, len(fs))
	for _, f := range fs {
		out = append(out, f(v))
	}
	return out
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())

	inc2, _ := counter()
	fmt.Println(inc2(), inc())

	x := 10
	show := func() int { return x }
	x = 20
	fmt.Println(show())
	setX := func(v int) { x = v }
	setX(99)
	fmt.Println(x, show())

	a := adder(100)
	fmt.Println(a(1), a(10), a(100))

	// closures over copies of loop variables
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		k := i
		fs = append(fs, func(v int) int { return v * k })
	}
	fmt.Println(apply(fs, 7))

	// immediately invoked
	res := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(res)

	// recursive closure
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	// memoization with captured map
	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := ways(n-1) + ways(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(ways(50), len(memo))

	// closures sharing captured slice
	var log []string
	logf := func(s string) { log = append(log, s) }
	logf("a")
	logf("b")
	fmt.Println(log, len(log))

	// generator
	gen := func() func() (int, bool) {
		data := []int{3, 1, 4}
		i := 0
		return func() (int, bool) {
			if i >= len(data) {
				return 0, false
			}
			i++
			return data[i-1], true
		}
	}()
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// nested closures
	outer := func() func() func() int {
		c := 0
		return func() func() int {
			c += 10
			return func() int { c++; return c }
		}
	}()
	f1 := outer()
	fmt.Println(f1(), f1())
	f2 := outer()
	fmt.Println(f2(), f1())
}
