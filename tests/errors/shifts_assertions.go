// errorcheck

// Shift operands must be integers (the count may be any integer type, or
// an untyped constant representable as uint); type assertions need an
// interface operand, and the case types of a type switch must be able to
// implement the operand's interface; .(type) is only valid in a type
// switch guard.
package main

func main() {
	var f float64 = 2
	var i int = 3
	var s string
	var e interface{} = i

	_ = f << 1 // ERROR "shifted operand f .* must be integer"
	_ = 1.5 << 2 // ERROR "shifted operand 1.5 .* must be integer"
	_ = i << f // ERROR "shift count .* must be integer|invalid operation"
	_ = i << -1 // ERROR "negative shift count|must not be negative"
	_ = s >> 1 // ERROR "shifted operand s .* must be integer"
	_ = 1 << 1.0 // fine: 1.0 is representable as an integer
	_ = i << uint8(2)

	_ = i.(int) // ERROR "i .* is not an interface"
	_ = s.(string) // ERROR "s .* is not an interface"
	_ = e.(type) // ERROR "use of .\(type\) outside type switch"
	_ = e.(int)

	switch i.(type) { // ERROR "i .* is not an interface"
	}
	var st interface{ String() string }
	switch st.(type) {
	case int: // ERROR "impossible type switch case"
	case string, nil: // ERROR "impossible type switch case"
	}
}
