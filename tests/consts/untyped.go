// run

// Untyped constants: arbitrary precision during constant evaluation
// (intermediate values far beyond 64 bits), default types when used
// (int, float64, rune, string, bool), exact constant division, typed
// constants keeping their type, and constant expressions with len on
// arrays and constant strings.
package main

import "fmt"

const Huge = 1 << 100
const Small = Huge >> 98 // 4: only the final value must fit

const third = 1.0 / 3
const exact = third * 3 // exactly 1 in constant arithmetic

const (
	intDiv   = 7 / 2   // integer constant division: 3
	floatDiv = 7 / 2.0 // untyped float: 3.5
	mixed    = 'a' + 1 // untyped rune: 98
	strConst = "ab" + "c"
	boolC    = 1 < 2
	negMod   = -7 % 3
	bigF     = 1e300 * 1e300 / 1e300 // intermediate 1e600 is fine
)

const typedF float32 = 0.1
const typedI int16 = 1000

var arr [4]int

const arrLen = len(arr)     // constant: arr is an array variable
const strLen = len("héllo") // constant: 6 bytes
const nested = arrLen*strLen + Small

func main() {
	fmt.Println(Small, exact == 1, exact)
	fmt.Println(intDiv, floatDiv, mixed, strConst, boolC, negMod, bigF)
	fmt.Printf("%T %T %T %T %T\n", intDiv, floatDiv, mixed, strConst, boolC)
	fmt.Printf("%T %v %T %v\n", typedF, typedF, typedI, typedI*2)
	fmt.Println(arrLen, strLen, nested)

	// An untyped constant takes the type its context needs.
	var f32 float32 = 1 << 10
	var u8 uint8 = 'A'
	var f float64 = 3 // integer constant converted exactly
	x := 10
	y := x / 4 // int division
	z := 10 / 4.0
	fmt.Println(f32, u8, f, y, z)

	// Shifts of untyped constants in a typed context.
	var s uint = 3
	var i64 int64 = 1 << s // 1 takes type int64
	fmt.Printf("%T %v\n", i64, i64)

	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64), maxU64>>32)
	const c = 'x'
	var r = c // default type rune
	fmt.Printf("%T %c\n", r, r)
}
