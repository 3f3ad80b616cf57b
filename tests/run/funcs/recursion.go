// run

package main

import "fmt"

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 3 {
		fmt.Println("move disk", n, from, "->", to)
	}
	hanoi(n-1, via, to, from)
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	for i := uint64(0); i <= 20; i += 5 {
		fmt.Println(i, fact(i))
	}
	fmt.Println(fact(25)) // wraps
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	hanoi(4, "A", "C", "B")
	fmt.Println("moves", moves)
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(depth(100000))
	fmt.Println(gcd(1071, 462), gcd(17, 5))
}
