// run

// Integer division truncates toward zero and % takes the sign of the
// dividend, so (a/b)*b + a%b == a; the most negative value divided by -1
// wraps (no panic); division by a zero variable panics with a runtime
// error; float division by zero gives infinities/NaN; shifts versus
// division for negative numbers differ.
package main

import (
	"fmt"
	"math"
)

func div(a, b int) (q, r int) { return a / b, a % b }

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		q, r := div(p[0], p[1])
		fmt.Printf("%d/%d = %d rem %d, check %v\n", p[0], p[1], q, r, q*p[1]+r == p[0])
	}

	// Unsigned division.
	var ua, ub uint8 = 250, 7
	fmt.Println(ua/ub, ua%ub)

	// MinInt / -1 overflows and wraps; MinInt % -1 is 0.
	m64 := int64(math.MinInt64)
	m8 := int8(math.MinInt8)
	m32 := int32(math.MinInt32)
	neg := int64(-1)
	fmt.Println(m64/neg, m64%neg, m8/int8(neg), m8%int8(neg), m32/int32(neg))

	// Integer division by zero panics.
	for _, d := range []int{2, 0} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("panic:", r)
				}
			}()
			fmt.Println("10 /", d, "=", 10/d)
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		z := 0
		fmt.Println(10 % z)
	}()

	// Float division by zero does not panic.
	zero := 0.0
	fmt.Println(1/zero, -1/zero, math.IsNaN(zero/zero))
	fmt.Println(7.0/2, -7.0/2, math.Mod(-7, 2), math.Remainder(7, 2))

	// Arithmetic shift rounds toward negative infinity, division toward 0.
	n := -7
	fmt.Println(n/2, n>>1, n/4, n>>2)

	// Constant division is exact for untyped floats but truncates for
	// integer constants.
	const ci = 7 / 2
	const cf = 7 / 2.
	fmt.Println(ci, cf)
}
