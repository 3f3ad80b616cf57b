// run

// Slice semantics: slices share their backing array, append reuses
// capacity when available (making aliasing visible) and copies otherwise,
// copy returns the number of elements copied and handles overlap, 3-index
// slices limit capacity, nil versus empty slices, slices of slices, and
// out-of-range accesses panic with runtime errors.
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100 // writes through to arr
	fmt.Println(arr)

	// append within capacity overwrites the shared array.
	s = append(s, 200)
	fmt.Println(arr, s)

	// A 3-index slice limits capacity, so append must copy.
	t := arr[1:3:3]
	fmt.Println(len(t), cap(t))
	t = append(t, 999)
	t[0] = -1
	fmt.Println(arr, t)

	// make with length and capacity.
	m := make([]int, 2, 10)
	m2 := append(m, 1)
	m3 := append(m, 2) // same backing array: overwrites m2[2]
	fmt.Println(m2, m3, len(m), cap(m))

	// copy: min(len(dst), len(src)), overlapping copy is memmove-like.
	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10})
	fmt.Println(n, dst)
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	// nil vs empty.
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), len(es), fmt.Sprint(ns), fmt.Sprint(es))
	ns = append(ns, 1)
	fmt.Println(ns)

	// Appending one slice to another; growing from empty keeps order.
	var acc []string
	for i := 0; i < 20; i++ {
		acc = append(acc, fmt.Sprint(i))
	}
	fmt.Println(len(acc), acc[0], acc[19])
	acc = append(acc[:2], acc[18:]...)
	fmt.Println(acc)

	// Removing and inserting elements with append.
	xs := []int{0, 1, 2, 3, 4}
	xs = append(xs[:1], xs[2:]...) // remove index 1
	fmt.Println(xs)
	xs = append(xs[:2], append([]int{42}, xs[2:]...)...) // insert at 2
	fmt.Println(xs)

	// Two-dimensional slices.
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 3)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}

	// Slicing a slice beyond its length but within capacity.
	base := make([]int, 2, 5)
	ext := base[:4]
	fmt.Println(len(ext), cap(ext), ext)

	// Runtime errors for bad indices.
	idx := 5
	lo, hi := 3, 1
	tryIt := func(name string, f func()) {
		defer func() { fmt.Println(name+":", recover()) }()
		f()
	}
	tryIt("index", func() { _ = s[idx] })
	tryIt("slice", func() { _ = s[lo:hi] })
	tryIt("cap", func() { _ = s[:idx+10] })
	tryIt("3-index", func() { _ = arr[0 : 2 : idx+2] })
	tryIt("string", func() { _ = "abc"[idx] })
}
