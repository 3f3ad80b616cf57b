// errorcheck

// Assignment targets and the & operator need addressable operands (or map
// index expressions for assignment): map entries of struct type cannot
// have fields assigned, string bytes are immutable, function results,
// constants and literals are not addressable; * needs a pointer.
package main

type P struct{ x int }

func get() P     { return P{} }
func getPtr() *P { return &P{} }

const K = 5

func main() {
	m := map[string]P{"a": {1}}
	m["a"].x = 2 // ERROR "cannot assign to struct field m\[.a.\].x in map"
	m["a"].x++ // ERROR "cannot assign to struct field m\[.a.\].x in map"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\]"
	get().x = 1 // ERROR "cannot assign to get\(\).x"
	getPtr().x = 1 // fine: field of a pointed-to struct
	K = 6 // ERROR "cannot assign to K"
	len("a") = 1 // ERROR "cannot assign to len"

	_ = &get() // ERROR "cannot take address of get\(\)"
	_ = &m["a"] // ERROR "cannot take address of m\[.a.\]"
	_ = &K // ERROR "cannot take address of K"
	_ = &s[0] // ERROR "cannot take address of s\[0\]"
	_ = &P{1} // fine: composite literal
	_ = &[]int{1}[0] // fine: slice elements are addressable

	n := 1
	_ = *n // ERROR "cannot indirect n"
	_ = *s // ERROR "cannot indirect s"
	var ip *int = &n
	_ = *ip
	arr := [2]int{}
	arr[0] = 1
	(func() [2]int { return arr })()[0] = 1 // ERROR "cannot assign to"
}
