// run

// Non-constant shifts of untyped constants take the type the constant
// would have without the shift: the other operand of a binary operation,
// the assignment target, or int by default.
package main

import "fmt"

func main() {
	var s uint = 3
	var u8 uint8 = 200
	var i32 int32 = -5
	var u32 uint32 = 7
	a := 1 << s
	var b int64 = 1 << s
	c := u8 | 1<<s
	d := -(1 << s) <= i32
	e := u32 + 1<<(s+30)
	f := 1<<s + 1<<s
	g := uint16(1<<s) + 1<<s
	h := []int{1 << s, 2 << s}
	m := map[uint8]bool{1 << s: true}
	var k uint8 = 255
	l := k + 1<<s
	n := 1<<s == 8
	o := ^(1 << s) & u32
	fmt.Println(a, b, c, d, e, f, g, h, m, l, n, o)
	fmt.Printf("%T %T %T %T %T %T\n", c, e, g, l, o, f)
	arr := [10]int{}
	fmt.Println(arr[1<<1], len(make([]int, 1<<s)))
	var r rune = 'a'
	fmt.Println(r+1<<s, 'a'<<s)
	fmt.Printf("%T %T\n", r+1<<s, 'a'<<s)
	var u64 uint64 = 1<<63 | 1<<s
	fmt.Println(u64, int8(1)<<s, u8<<s)
	var x interface{} = 1<<s + 1<<s
	fmt.Printf("%T %v\n", x, x)
	// A bit mask built from bytes (go.dev/issue/45242).
	bs := []byte{1, 2, 3, 4}
	bit := 33
	v := uint32(bs[0]) | uint32(bs[1])<<8 | uint32(bs[2])<<16 | uint32(bs[3])<<24 | 1<<(bit&31)
	fmt.Printf("%T %#x\n", v, v)
	// Comparison against a narrower type (go.dev/issue/50854).
	p, y := int32(-3), int32(4)
	fmt.Println(-(1<<y) <= p && p <= y)
}
