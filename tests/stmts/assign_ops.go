// run

// Assignment statements: every compound assignment operator on signed and
// unsigned operands, ++/--, tuple assignment (swap, rotate), the two-phase
// rule (operands evaluated first, then assigned left to right), assignment
// through index/field/pointer targets, and the blank identifier.
package main

import "fmt"

type box struct{ v int }

func main() {
	x := 100
	x += 5
	fmt.Print(x, " ")
	x -= 10
	fmt.Print(x, " ")
	x *= 3
	fmt.Print(x, " ")
	x /= 4
	fmt.Print(x, " ")
	x %= 17
	fmt.Print(x, " ")
	x <<= 4
	fmt.Print(x, " ")
	x >>= 2
	fmt.Print(x, " ")
	x &= 0x3c
	fmt.Print(x, " ")
	x |= 0x101
	fmt.Print(x, " ")
	x ^= 0xff
	fmt.Print(x, " ")
	x &^= 0x1f0
	fmt.Println(x)

	var u uint8 = 200
	u += 100 // wraps
	fmt.Print(u, " ")
	u -= 50 // wraps below zero
	fmt.Print(u, " ")
	u *= 3
	fmt.Print(u, " ")
	u <<= 1
	fmt.Println(u)

	s := "a"
	s += "b"
	s += string('c')
	f := 1.5
	f *= 2
	f /= 4
	f -= 0.25
	fmt.Println(s, f)

	i := 0
	i++
	i++
	i--
	fmt.Println(i)

	// Tuple assignment: swap and rotate.
	a, b, c := 1, 2, 3
	a, b = b, a
	a, b, c = b, c, a
	fmt.Println(a, b, c)

	// Index expressions on the left are evaluated before assignment.
	xs := []int{10, 20, 30}
	k := 0
	k, xs[k] = 1, 99 // xs[0] is the target: k evaluated before assignment
	fmt.Println(k, xs)
	xs[0], xs[1], xs[2] = xs[2], xs[0], xs[1]
	fmt.Println(xs)

	// Assignment through pointers, fields, map entries and array elements.
	bx := &box{1}
	bx.v += 10
	(*bx).v *= 2
	m := map[string]int{}
	m["n"] += 5
	m["n"]++
	arr := [3]int{}
	arr[1] -= 7
	p := &arr[2]
	*p = 4
	*p <<= 2
	fmt.Println(bx.v, m["n"], arr)

	// Blank identifier discards values.
	_ = 42
	_, second := pair()
	_, _ = pair()
	fmt.Println(second)
}

func pair() (int, string) { return 1, "two" }
