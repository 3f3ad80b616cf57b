// run

// The predeclared print and println functions write to standard error
// with their own formatting (floats in +d.dddddde+XXX form, booleans,
// pointers omitted here as nondeterministic); the golden file captures
// stdout and stderr together, so both streams are interleaved in program
// order.  Also covers len and cap on every kind they accept, including
// nil slices, maps, channels and a nil pointer to an array.
package main

import (
	"fmt"
	"os"
)

func main() {
	println("println:", 1, -2, true, "str")
	print("print:", 1, 2, "\n")
	println(1.5, -0.25, 1e100)
	var i8 int8 = -8
	var u64 uint64 = 1<<64 - 1
	println(i8, u64, 'x', i8 < 0)
	fmt.Println("stdout between stderr writes")
	println()
	os.Stderr.WriteString("direct stderr\n")
	os.Stdout.WriteString("direct stdout\n")

	// len and cap of every kind.
	arr := [4]int{}
	sl := make([]int, 2, 7)
	ch := make(chan int, 3)
	ch <- 1
	m := map[int]int{1: 1, 2: 2}
	var parr *[5]byte
	fmt.Println(len(arr), cap(arr), len(sl), cap(sl), len(ch), cap(ch), len(m), len("héllo"), len(parr), cap(parr))
	var nilSl []int
	var nilMap map[string]int
	var nilCh chan int
	fmt.Println(len(nilSl), cap(nilSl), len(nilMap), len(nilCh), cap(nilCh))
}
