// errorcheck

// Counting values in assignments and declarations: assignment mismatch
// between the number of variables and values (or function results),
// multi-valued calls in single-value contexts, no-result calls used as
// values, extra/missing initializers, and := without new variables.
package main

func one() int           { return 1 }
func two() (int, string) { return 1, "" }
func none()              {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one(\(\))? returns 1 value"
	var c, d, e = two() // ERROR "assignment mismatch: 3 variables but two(\(\))? returns 2 values"
	x, y := 1, 2
	x, y = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	x = 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	var f, g int = 1 // ERROR "assignment mismatch|missing init expr"
	var h int = 1, 2 // ERROR "assignment mismatch|extra init expr"

	_ = two() + 1 // ERROR "multiple-value two\(\) .*in single-value context"
	_ = []int{two()} // ERROR "multiple-value two\(\) .*in single-value context"
	z := none() // ERROR "none\(\) \(no value\) used as value"

	x := 3 // ERROR "no new variables on left side of :="
	x, y := 4, 5 // ERROR "no new variables on left side of :="
	x, w := 6, 7 // fine: w is new
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, x, y, z, w
}
