// errorcheck

// Constant values that do not fit their (explicit or contextual) type,
// and constant division by zero.  Go 1.19 words these as
// "cannot use C (untyped int constant) as T value in ... (overflows)",
// "X (constant V of type T) overflows T" and "cannot convert C ... to type
// T"; the regexps accept the essential words only.
package main

const c byte = 255
const big = 1 << 64 // fine: untyped constants are unbounded

func main() {
	var b byte = 256 // ERROR "overflows"
	var i8 int8 = -129 // ERROR "overflows"
	var u uint = -1 // ERROR "overflows"
	var u64 uint64 = big // ERROR "overflows"
	var f32 float32 = 1e100 // ERROR "overflows"
	_ = c + 1 // ERROR "overflows"
	_ = int8(300) // ERROR "overflows|cannot convert"
	_ = uint16(70000) // ERROR "overflows|cannot convert"
	x := 1 << 64 // ERROR "overflows"
	var n int = 1.5 // ERROR "truncated"
	_, _, _, _, _, _, _ = b, i8, u, u64, f32, x, n

	const k = 10
	var v = 3
	_ = k / 0 // ERROR "division by zero"
	_ = v / 0 // ERROR "division by zero"
	_ = v % 0 // ERROR "division by zero"
	_ = 2.5 / 0 // ERROR "division by zero"
	v /= 0 // ERROR "division by zero"
	fv := 1.0
	_ = fv / 0 // allowed: float variable divided by zero is +Inf at run time
}
