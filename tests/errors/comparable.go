// errorcheck

// Comparison rules: slices, maps and functions can only be compared to
// nil; structs and arrays containing them are not comparable at all; map
// keys must be comparable; untyped nil == nil is not defined; ordering
// operators need ordered operands.
package main

type WithSlice struct {
	name string
	tags []string
}

func f() {}

func main() {
	a, b := []int{1}, []int{1}
	m1, m2 := map[string]int{}, map[string]int{}
	_ = a == b // ERROR "slice can only be compared to nil"
	_ = m1 == m2 // ERROR "map can only be compared to nil"
	_ = f == f // ERROR "func can only be compared to nil"
	_ = a == nil
	_ = m1 != nil
	_ = f != nil

	var w1, w2 WithSlice
	_ = w1 == w2 // ERROR "cannot compare|struct containing \[\]string cannot be compared"
	var x1, x2 [2][]int
	_ = x1 == x2 // ERROR "cannot compare|\[2\]\[\]int cannot be compared"

	var bad map[[]int]string // ERROR "invalid map key type \[\]int"
	var bad2 map[WithSlice]int // ERROR "invalid map key type WithSlice"
	var bad3 map[func()]int // ERROR "invalid map key type func\(\)"
	_, _, _ = bad, bad2, bad3

	_ = nil == nil // ERROR "operator == not defined on (untyped )?nil"
	_ = true < false // ERROR "operator < not defined"
	var p1, p2 *int
	_ = p1 < p2 // ERROR "operator < not defined"
	_ = p1 == p2
	var e1, e2 interface{}
	_ = e1 == e2
}
