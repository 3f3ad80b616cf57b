// run

package main

import "fmt"

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b, b&^a)
	fmt.Println(^0, ^1, ^-1)
	var u uint8 = 0x0F
	fmt.Println(^u, ^uint16(0), ^uint32(5))
	var i8 int8 = 0x55
	fmt.Println(^i8, -i8-1)

	f := FlagA | FlagC
	fmt.Println(f, f&FlagC != 0, f&FlagB != 0)
	f |= FlagD
	f &^= FlagA
	fmt.Printf("%04b\n", f)
	f ^= FlagB
	fmt.Printf("%04b %d\n", f, f)

	fmt.Println(KB, MB, GB)

	// popcount by loop
	var x uint64 = 0xDEADBEEFCAFEBABE
	n := 0
	for y := x; y != 0; y &= y - 1 {
		n++
	}
	fmt.Println("popcount", n)

	// lowest set bit
	fmt.Println(x & -x)
	var sx int64 = 96
	fmt.Println(sx & -sx)

	// octal, hex, binary literals, underscores
	fmt.Println(0o17, 017, 0x_FF, 1_000_000, 0b1_0000)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const typed int16 = -0x7fff - 1
	fmt.Println(typed)

	// xor swap
	p, q := 17, 42
	p ^= q
	q ^= p
	p ^= q
	fmt.Println(p, q)
}
