// run

// Order of evaluation where gc's choice is observable: calls in an
// expression run before the variables beside them are read; `x op= f()`
// reads x after f; an assignment evaluates every target's operands and
// every value first, then stores left to right, so a nil pointer or an
// index out of range in a later target panics after the earlier stores;
// `m[k] op= v` inserts nothing when the operation panics.
package main

import "fmt"

var x, y int
var a [2]int
var s = []int{1, 2}
var p = &y

func f() int { x = 100; a[0] = 100; return 1 }
func g() int { y = 50; s[0] = 9; return 2 }
func h(a, b int) int { return a*10 + b }

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	fn()
}

func main() {
	x += f()
	fmt.Println(x)
	a[0] += f()
	fmt.Println(a[0])
	var l int
	k := func() int { l = 7; return 1 }
	l += k()
	fmt.Println(l)
	l = 0
	fmt.Println(l+k(), l)
	y = 0
	fmt.Println(y+g(), h(y, g()))
	y = 0
	fmt.Println([]int{y, g()})
	y = 0
	fmt.Println(struct{ a, b int }{y, g()})
	y = 0
	fmt.Println(s[0]+g(), *p+g())
	y = 0
	fmt.Println(y == 0 && g() == 2, y)

	m := map[int]int{}
	var np *int
	try("m[2], *nil", func() { m[2], *np = 42, 2 })
	fmt.Println(len(m), m[2])
	var empty []int
	try("m[3], empty[1]", func() { m[3], empty[1] = 3, 3 })
	fmt.Println(len(m), m[3])
	type P struct{ i int }
	var pp *P
	try("m[4], nil.i", func() { m[4], pp.i = 4, 4 })
	fmt.Println(len(m), m[4])

	m2 := map[int]int{}
	zero := 0
	try("m2[0] /= 0", func() { m2[0] /= zero })
	try("m2[0] %= 0", func() { m2[0] %= zero })
	try("m2[0] += *nil", func() { m2[0] += *np })
	fmt.Println(len(m2))
	m2[1] += 5
	m2[1] *= 3
	m2[2]++
	fmt.Println(m2)
}
