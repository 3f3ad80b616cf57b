// errorcheck

// Binary operations need operands of identical type (after untyped
// constant conversion), and unary/binary operators must be defined on
// the operand type.
package main

type Meters int
type Feet int

func main() {
	var i int = 1
	var i64 int64 = 2
	var f float64 = 3
	var s string = "s"
	var m Meters = 4
	var ft Feet = 5
	var b bool = true

	_ = i + i64 // ERROR "mismatched types int and int64"
	_ = i * f // ERROR "mismatched types int and float64"
	_ = s + i // ERROR "mismatched types string and int"
	_ = m + ft // ERROR "mismatched types Meters and Feet"
	_ = m == i // ERROR "mismatched types Meters and int"
	_ = i64 < f // ERROR "mismatched types int64 and float64"
	_ = b && i // ERROR "mismatched types bool and int"
	_ = 1 + "a" // ERROR "mismatched types untyped int and untyped string"
	_ = s + 'x' // ERROR "mismatched types string and untyped rune|cannot convert"
	_ = i + 1.5 // ERROR "truncated"

	_ = !i // ERROR "operator ! not defined"
	_ = -s // ERROR "operator - not defined"
	_ = ^f // ERROR "operator \^ not defined"
	_ = s * 2 // ERROR "operator \* not defined|cannot convert|mismatched"
	_ = b + b // ERROR "operator \+ not defined"
	_ = f % 2 // ERROR "operator % not defined"
	_ = f & 1 // ERROR "operator & not defined|truncated"

	// Fine: constants convert to the other operand's type.
	_ = m + 1
	_ = f * 2
	_ = i64 << i
}
