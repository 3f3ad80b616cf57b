//go:build ignore

// Generates stdlib/src/isprint_table.rs from Go 1.19's strconv.IsPrint and
// strconv.IsGraphic (Unicode 13.0.0):
//
//	go run stdlib/tests/go/isprint_table.go > stdlib/src/isprint_table.rs && cargo fmt -p gust-stdlib
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println("//! Printable-rune ranges generated from Go 1.19's `strconv.IsPrint` and")
	fmt.Println("//! `strconv.IsGraphic` (Unicode 13.0.0) by `stdlib/tests/go/isprint_table.go`.")
	fmt.Println("//! Do not edit. Invariant: both tables are sorted, disjoint, inclusive ranges.")
	fmt.Println()
	fmt.Println("/// Inclusive ranges of runes for which `strconv.IsPrint` is true.")
	fmt.Println("#[rustfmt::skip]")
	fmt.Println("pub static PRINT_RANGES: &[(u32, u32)] = &[")
	n := 0
	start := -1
	line := ""
	for r := 0; r <= 0x110000; r++ {
		p := r <= 0x10FFFF && strconv.IsPrint(rune(r))
		if p && start < 0 {
			start = r
		} else if !p && start >= 0 {
			line += fmt.Sprintf("(0x%x, 0x%x), ", start, r-1)
			n++
			if n%4 == 0 {
				fmt.Println("    " + line[:len(line)-1])
				line = ""
			}
			start = -1
		}
	}
	if line != "" {
		fmt.Println("    " + line[:len(line)-1])
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// Runes that are graphic (`strconv.IsGraphic`) but not printable.")
	fmt.Println("pub static GRAPHIC_NOT_PRINT: &[u32] = &[")
	for r := 0; r <= 0x10FFFF; r++ {
		if strconv.IsGraphic(rune(r)) && !strconv.IsPrint(rune(r)) {
			fmt.Printf("    0x%x,\n", r)
		}
	}
	fmt.Println("];")
}
