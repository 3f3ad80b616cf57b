// errorcheck

// Type expressions and constant indexes: recursive types without
// indirection, non-constant or negative array lengths, values used as
// types, constant indexes out of range for arrays and constant strings,
// negative indexes, non-integer indexes, inverted constant slice bounds,
// and indexing non-indexable values.
package main

type Bad struct { // ERROR "invalid recursive type"
	next Bad
}

type Good struct {
	next *Good // fine: indirection through a pointer
	kids []Good
}

var n = 3

type Arr [n]int // ERROR "array length n .* must be constant|invalid array length"

type Neg [-1]int // ERROR "invalid array length -1"

func main() {
	var v int
	var x v // ERROR "v is not a type|v .* is not a type"
	_ = x

	var a [3]int
	_ = a[5] // ERROR "index 5 out of bounds|out of range"
	_ = a[-1] // ERROR "index -1 .* must not be negative|negative"
	_ = "abc"[10] // ERROR "index 10 out of bounds|out of range"
	_ = a[1.5] // ERROR "truncated|must be integer"
	_ = a["i"] // ERROR "must be integer|cannot convert"
	_ = a[2:1] // ERROR "invalid slice indices|inverted slice"
	_ = a[:4] // ERROR "index 4 out of bounds|out of range"
	s := []int{}
	_ = s[-2] // ERROR "negative"
	_ = v[0] // ERROR "cannot index v"
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 .* as string value in map index"
	_ = "abc"[1:2:3] // ERROR "3-index slice of string"
}
