// run

// Range loops over slices, arrays (copied at loop start), pointers to
// arrays, strings (byte offsets, rune values, invalid UTF-8), maps (sorted
// for determinism, deleting during iteration), channels (until closed),
// and the forms with no variables, index only, and existing variables.
package main

import (
	"fmt"
	"sort"
)

func main() {
	sl := []string{"a", "b", "c"}
	for i, v := range sl {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	// The range expression is evaluated once; appending does not extend
	// the loop.
	nums := []int{1, 2, 3}
	for i := range nums {
		nums = append(nums, i)
	}
	fmt.Println(nums)

	// Ranging over an array copies it; over a pointer to array does not.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer sees", v)
		}
	}

	// Strings yield byte offsets and runes; invalid bytes give U+FFFD.
	for i, r := range "aé世\xffz" {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n)

	// Maps: collect and sort keys for a deterministic order.
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0
	for _, k := range keys {
		total += m[k]
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println(total)
	// Deleting entries during iteration is allowed.
	for k := range m {
		if k != "x" {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)

	// Channels: receive until closed.
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Assigning to existing variables.
	var idx int
	var val string
	for idx, val = range sl {
	}
	fmt.Println(idx, val)

	// Range over nil slice and nil map: zero iterations.
	var ns []int
	var nm map[int]int
	for range ns {
		fmt.Println("never")
	}
	for range nm {
		fmt.Println("never")
	}
	// Range over an integer-indexed 2D slice.
	grid := [][]int{{1, 2}, {3, 4}}
	s := 0
	for _, row := range grid {
		for _, c := range row {
			s += c
		}
	}
	fmt.Println(s)
}
