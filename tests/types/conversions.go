// run

// Conversions: between integer sizes (truncation and sign extension),
// float to int (truncation toward zero), int to float, string <-> []byte,
// string <-> []rune, string(integer) and string(rune) including invalid
// code points, numeric conversion of named types, and strconv for text.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func main() {
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var i8 int8 = -128
	fmt.Println(int16(i8), uint16(i8), int64(i8), uint8(i8))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(int32(u32), int64(u32), int(u32))

	// float -> int truncates toward zero.
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int64(2.5e9), uint8(f))
	fmt.Println(float64(7)/2, float32(0.1), float64(float32(0.1)))
	h := 1 << 53
	fmt.Println(float64(h+1) == float64(h))

	// Strings, bytes and runes.
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:3], r[:3])
	fmt.Println(string(b[1:3]), string(r[7:]), string(r[1]))
	code := 0x41
	var code8 uint8 = 0xe9
	fmt.Println(string(code), string(code8), string(rune(code+1))) // string(integer) is legal: one rune
	fmt.Println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")
	b[0] = 'H'
	fmt.Println(s[:1], string(b[:1])) // converting copies
	fmt.Println(string([]byte{}), string([]rune{0x48, 0x69}))

	// Named types convert through their underlying type.
	c := Celsius(100)
	fh := Fahrenheit(c*9/5 + 32)
	fmt.Println(fh, float64(fh)-32)

	// strconv is the way to go between numbers and decimal text.
	n, err := strconv.Atoi("-123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(456)+"!", strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2))
	pf, _ := strconv.ParseFloat("2.5", 64)
	pi, _ := strconv.ParseInt("-ff", 16, 64)
	pb, _ := strconv.ParseBool("true")
	fmt.Println(pf, pi, pb, strconv.Quote("a\"b\n"), strconv.FormatFloat(1.5, 'f', 3, 64))
}
