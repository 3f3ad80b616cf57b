// run

// Shift semantics at run time: left shifts drop high bits, right shifts of
// signed values are arithmetic (sign-extending) and of unsigned values are
// logical, shift counts >= the width give 0 (or -1 for negative signed
// right shifts), counts may be any integer type (signed counts allowed
// since Go 1.13), and a negative count panics.
package main

import "fmt"

func main() {
	var one int64 = 1
	var s uint = 63
	fmt.Println(one<<s, one<<(s+1), one<<62)

	var neg8 int8 = -128
	var neg int = -100
	var u8 uint8 = 0x80
	var k uint = 3
	fmt.Println(neg8>>1, neg8>>7, neg8>>k, neg>>2, neg>>k, u8>>k, u8<<1)

	// Counts at and beyond the width.
	var counts = []uint{7, 8, 9, 31, 32, 33, 63, 64, 65, 200}
	for _, c := range counts {
		var a8 uint8 = 0xff
		var b8 int8 = -1
		var a32 uint32 = 0xffffffff
		var b64 int64 = -8
		var p64 int64 = 8
		fmt.Println(c, a8<<c, a8>>c, b8>>c, b8<<c, a32<<c, a32>>c, b64>>c, p64>>c)
	}

	// Signed shift counts.
	var sc int = 4
	var sc8 int8 = 2
	fmt.Println(1<<sc, 256>>sc, uint16(1)<<sc8)

	// Shift by a negative count panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n = -1
		fmt.Println(1 << n)
	}()

	// Rotations built from shifts.
	rotl := func(x uint32, r uint) uint32 { return x<<r | x>>(32-r) }
	fmt.Printf("%#08x %#08x\n", rotl(0x80000001, 1), rotl(0x12345678, 8))

	// The type of a non-constant shift of an untyped constant comes from
	// the context.
	var i64 int64 = 1 << s
	var u16 uint16 = 1 << (s - 48)
	fmt.Println(i64, u16)
}
