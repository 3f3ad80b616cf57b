// run

package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}, {100, -33}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}

	var m int64 = math.MinInt64
	var d int64 = -1
	fmt.Println("MinInt64 / -1 =", m/d)
	fmt.Println("MinInt64 % -1 =", m%d)

	var m8 int8 = -128
	var d8 int8 = -1
	fmt.Println("int8 -128 / -1 =", m8/d8, " % -1 =", m8%d8)

	var m32 int32 = math.MinInt32
	var d32 int32 = -1
	fmt.Println("int32 min / -1 =", m32/d32, " % -1 =", m32%d32)

	var u uint32 = 4000000000
	fmt.Println(u/3, u%3, u/7, u%7)

	var u64 uint64 = math.MaxUint64
	fmt.Println(u64/10, u64%10)

	// division in compound assignment
	x := -1000
	x /= 7
	fmt.Println(x)
	x %= 6
	fmt.Println(x)

	// identity a == (a/b)*b + a%b
	for a := -9; a <= 9; a += 3 {
		for _, b := range []int{-4, 3} {
			q, r := a/b, a%b
			fmt.Print(q*b+r == a, " ")
		}
	}
	fmt.Println()

	// constant division
	const c1 = -7 / 2
	const c2 = -7 % 2
	fmt.Println(c1, c2, 7.0/2)
}
