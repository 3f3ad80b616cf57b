// run

package main

import "fmt"

func main() {
	var one uint64 = 1
	var s uint = 64
	fmt.Println("1<<64 =", one<<s)
	s = 63
	fmt.Println("1<<63 =", one<<s)
	s = 70
	var big uint64 = 1 << 63
	fmt.Println("big>>70 =", big>>s)

	var neg int64 = -1000
	for _, sh := range []uint{0, 1, 3, 10, 63, 64, 100} {
		fmt.Println("neg >>", sh, "=", neg>>sh, " neg <<", sh, "=", neg<<sh)
	}

	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8>>200)
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<7, u8<<8)

	var x int32 = 1
	for i := 0; i < 34; i += 3 {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()

	// shift count of signed type (non-negative)
	n := 5
	fmt.Println(1<<n, 1024>>n, int8(1)<<n)

	// shifts by a variable of small type
	var c uint8 = 200
	var v uint32 = 0xFFFFFFFF
	fmt.Println(v>>c, v<<c)

	// constant shifts
	const K = 1 << 62
	fmt.Println(K>>60, uint64(K)<<1)
	var w uint16 = 0xABCD
	fmt.Printf("%#x %#x %#x\n", w<<4, w>>4, w<<16)

	// shift in compound assignment
	h := uint32(1)
	for i := 0; i < 5; i++ {
		h <<= 7
		fmt.Print(h, " ")
	}
	fmt.Println()
	g := int64(-1) << 62
	g >>= 61
	fmt.Println(g)
}
