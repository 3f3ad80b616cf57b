// run

package main

import "fmt"

func main() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	fmt.Printf("%x %x %x\n", uint8(big), uint16(big), uint32(big))

	var neg int32 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))

	var neg2 int8 = -100
	fmt.Println(uint8(neg2), int16(neg2), uint16(neg2), int64(neg2), uint64(neg2))

	var u uint8 = 200
	fmt.Println(int8(u), int16(u), int32(u))

	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)))

	var u64 uint64 = 1<<63 + 5
	fmt.Println(int64(u64), int(u64), uint32(u64))

	// sign extension vs zero extension through chains
	var x int16 = -2
	fmt.Println(uint32(x), uint32(uint16(x)), int32(uint16(x)))

	// byte and rune arithmetic
	var c byte = 'z'
	c -= 10
	fmt.Println(c, string(rune(c)))
	var r rune = 'a'
	r = r - 'a' + 'A'
	fmt.Println(r, string(r))

	// conversions inside expressions
	vals := []int{-3, 255, 256, 1000, -129}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), uint16(v))
	}

	// typed constants fitting
	const k = 300
	var y int = k
	fmt.Println(uint8(y), int8(y))
}
