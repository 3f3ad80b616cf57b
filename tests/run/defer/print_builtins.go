// run

package main

import "fmt"

type S struct{ a int }

func main() {
	println("hello", 1, -2, true, false)
	println()
	print("no", "spaces", 3, 4, "\n")
	println(1.5, -0.25, 0.0, 1e100, float32(2.5))
	var i8 int8 = -8
	var u64 uint64 = 1<<64 - 1
	var u8 uint8 = 200
	println(i8, u64, u8, 'x', "x")
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *S
	var nilIface interface{}
	var nilErr error
	println(nilSlice == nil, nilMap == nil, nilPtr == nil, nilIface == nil, nilErr == nil)
	println(nilPtr, nilIface)
	var zero float64
	println(1/zero, -1/zero, zero/zero)
	println(1e-7, 123456789.0, -3.0)
	fmt.Println("fmt line in stdout")
	print("mix", 1, "\n")
	println("str", "ing")
	var r rune = 'é'
	var b byte = 'A'
	println(r, b, len("é"))
	println(int64(-9223372036854775808), 3)
}
