// run

// Integer arithmetic wraps around (two's complement) at run time for every
// size, signed and unsigned: overflow on +, -, *, negation of the minimum
// value, and ++/-- at the limits.  Values come from variables so nothing
// is constant-folded.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MaxInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	var in int = math.MaxInt
	i8++
	i16++
	i32++
	i64++
	in++
	fmt.Println(i8, i16, i32, i64, in)
	i8--
	i16--
	i32--
	i64--
	in--
	fmt.Println(i8, i16, i32, i64, in)

	var u8 uint8 = 0
	var u16 uint16 = 0
	var u32 uint32 = 0
	var u64 uint64 = 0
	var un uint = 0
	var uptr uintptr = 0
	u8--
	u16--
	u32--
	u64--
	un--
	uptr--
	fmt.Println(u8, u16, u32, u64, un, uptr == math.MaxUint64)
	u8++
	u16++
	u32++
	u64++
	un++
	fmt.Println(u8, u16, u32, u64, un)

	// Multiplication overflow keeps the low bits.
	a8 := int8(100)
	b8 := int8(3)
	fmt.Println(a8*b8, uint8(a8)*uint8(b8))
	a32 := int32(1 << 20)
	fmt.Println(a32*a32, a32*4096)
	a64 := int64(math.MaxInt64)
	fmt.Println(a64*2, a64*a64, uint64(a64)*3)

	// Negating the minimum value yields the minimum value.
	m8 := int8(math.MinInt8)
	m64 := int64(math.MinInt64)
	fmt.Println(-m8, -m64, m8-1, m64-1)

	// Mixed: subtraction below zero in unsigned, addition past max.
	x, y := uint32(3), uint32(5)
	fmt.Println(x-y, y-x, x+math.MaxUint32)
	var b byte = 250
	for i := 0; i < 10; i++ {
		b++
	}
	fmt.Println(b)

	// A common hash loop relying on wraparound.
	var h uint32 = 2166136261
	for _, c := range []byte("gust") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("gust") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
}
