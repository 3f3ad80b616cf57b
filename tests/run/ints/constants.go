// run

package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

const huge = 1 << 100
const ratio = huge / (1 << 98)
const third = 1.0 / 3
const typedF float32 = 1.0 / 3

const (
	x, y = iota, iota * 2
	z, w
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %v\n", Thursday, Thursday+1)
	fmt.Println(a, b, c, d, e)
	fmt.Println(ratio, huge>>99, float64(huge))
	fmt.Println(third, typedF, third*3 == 1, float64(typedF)*3)
	fmt.Println(x, y, z, w)

	const big = math.MaxUint64
	var u uint64 = big
	fmt.Println(u, big/2, uint32(big>>40))

	// untyped constant arithmetic is exact
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, exact)
	v1, v2 := 0.1, 0.2
	fmt.Println(v1+v2 == 0.3)

	// typed constant conversions
	const ch = 'a' + 1
	fmt.Printf("%T %v %c\n", ch, ch, ch)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const f = 5 / 2
	const g = 5 / 2.0
	fmt.Println(f, g)
	var i8 int8 = -128 / 2
	fmt.Println(i8, -7>>1, 7>>1, ^5)
	const mask = ^uint8(0)
	fmt.Println(mask, mask>>4)
	fmt.Println(math.MaxInt8+1, math.MinInt16, 1e3, 1_000.5)
	const bigf = 1e300 * 1e300 / 1e300
	fmt.Println(bigf)
	var r rune = 0x1F600
	fmt.Println(r, string(r))
	const yes = 1 < 2
	fmt.Println(yes, !yes && true)
}
