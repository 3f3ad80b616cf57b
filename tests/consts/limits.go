// run

// Integer and float limits from package math, and constant expressions
// that sit exactly on each boundary.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))

	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -1 << 15
	var u16 uint16 = 1<<16 - 1
	var i32 int32 = 1<<31 - 1
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	fmt.Println(i8, u8, i16, u16, i32, i64, u64)

	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.NaN() == math.NaN())
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(math.Pi, math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3), math.Pow(2, 10))
	fmt.Println(math.Trunc(-2.7), math.Mod(7, -3), math.Max(3, 7), math.Min(3, 7))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
}
