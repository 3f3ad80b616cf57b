// errorcheck

// Invalid explicit conversions: between unrelated struct types, numbers
// and strings in the wrong direction, to and from bool, slices from
// non-string scalars, and constants that cannot be represented.  Valid
// conversions are listed at the end for contrast.
package main

type S1 struct{ a int }
type S2 struct{ b int }
type MyString string

func main() {
	var f float64 = 1.5
	var i int = 1
	var bs []byte
	var s string

	_ = string(f) // ERROR "cannot convert f .* to type string"
	_ = int("12") // ERROR "cannot convert .* to type int"
	_ = int(s) // ERROR "cannot convert s .* to type int"
	_ = bool(i) // ERROR "cannot convert i .* to type bool"
	_ = int(true) // ERROR "cannot convert true .* to type int"
	_ = S1(S2{}) // ERROR "cannot convert S2.* to type S1"
	_ = []byte(i) // ERROR "cannot convert i .* to type \[\]byte"
	_ = []int("abc") // ERROR "cannot convert .* to type \[\]int"
	_ = float64(s) // ERROR "cannot convert s .* to type float64"
	_ = (*int)(&f) // ERROR "cannot convert &f .* to type \*int"
	_ = string(1.5) // ERROR "cannot convert 1.5 .* to type string"
	_ = int(2.5) // ERROR "truncated|cannot convert"

	// Valid conversions.
	_ = string(rune(i))
	_ = []byte(s)
	_ = string(bs)
	_ = []rune(s)
	_ = MyString(s)
	_ = float64(i)
	_ = int(f)
	_ = S1(struct{ a int }{1})
}
