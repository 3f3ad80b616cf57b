// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var ui uint = 18446744073709551615
	var up uintptr = 7
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println("max:", i8, i16, i32, i64, u8, u16, u32, u64, ui, up, b, r)

	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	ui++
	fmt.Println("after ++:", i8, i16, i32, i64, u8, u16, u32, u64, ui)

	i8--
	i16--
	i32--
	i64--
	u8--
	u16--
	u32--
	u64--
	ui--
	fmt.Println("after --:", i8, i16, i32, i64, u8, u16, u32, u64, ui)

	// multiplication wraps
	var m8 int8 = 100
	m8 *= 3
	var mu8 uint8 = 200
	mu8 *= 2
	var m32 int32 = 65536
	m32 *= 65536
	var m64 int64 = math.MaxInt64
	m64 *= 2
	fmt.Println("mul wrap:", m8, mu8, m32, m64)

	// subtraction of unsigned below zero
	var z uint32 = 0
	z -= 1
	var zz uint = 3
	zz -= 5
	fmt.Println("unsigned underflow:", z, zz)

	// negation of the minimum value
	var n8 int8 = -128
	n8 = -n8
	var n64 int64 = math.MinInt64
	n64 = -n64
	fmt.Println("neg min:", n8, n64)

	// addition chain
	var acc uint16
	for k := 0; k < 10; k++ {
		acc += 10000
		fmt.Print(acc, " ")
	}
	fmt.Println()

	var ai int = math.MaxInt
	ai += 1
	fmt.Println("int wrap:", ai == math.MinInt, ai)
	fmt.Printf("%T %T %T %T\n", b, r, up, ai)
}
