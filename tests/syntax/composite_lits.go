// run

// Composite literal forms: structs (positional and keyed), arrays with
// [...] and keyed indices, slices, maps with composite keys, elided element
// types (including &T elision for pointer elements), nested literals, and
// taking the address of a literal.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Key struct {
	Name string
	N    int
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{Y: 5}
	p3 := Point{}
	pp := &Point{X: 9}
	fmt.Println(p1, p2, p3, *pp, pp.X)

	// Arrays: [...] length, keyed indices, mixing keyed and positional.
	a1 := [...]int{1, 2, 3}
	a2 := [5]int{1, 3: 4, 5}
	a3 := [...]string{2: "c", 0: "a"}
	fmt.Println(len(a1), a1, a2, len(a3), a3)

	// Slices, including keyed indices.
	s1 := []int{}
	s2 := []int{5: 1}
	s3 := []string{"x", "y"}
	fmt.Println(len(s1), s1 == nil, len(s2), s2, s3)

	// Elided types in slices/arrays of structs and pointers to structs.
	pts := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{5, 6}, {Y: 7}}
	lines := [...]Line{{A: Point{0, 0}, B: Point{1, 1}, Label: "diag"}, {Label: "zero"}}
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(pts, *ptrs[0], *ptrs[1], lines[0], lines[1].Label, grid)

	// Maps: composite keys with elided key and value types.
	m1 := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	m2 := map[Key][]Point{
		{"k", 1}: {{1, 1}, {2, 2}},
		{N: 2}:   nil,
	}
	m3 := map[string]map[string]int{"outer": {"inner": 1}}
	m4 := map[[2]int]*Point{{1, 2}: {3, 4}}
	fmt.Println(m1[Point{1, 2}], m1[Point{3, 4}], len(m2), m2[Key{"k", 1}], m2[Key{N: 2}] == nil)
	fmt.Println(m3["outer"]["inner"], *m4[[2]int{1, 2}])

	keys := []string{}
	for k := range map[string]bool{"b": true, "a": true, "c": false} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	// Anonymous struct literals and nested anonymous types.
	anon := struct {
		Name string
		Tags []string
	}{"anon", []string{"t1"}}
	cfg := []struct{ k, v string }{{"a", "1"}, {"b", "2"}}
	fmt.Println(anon, cfg)

	// Address of composite literals; literals as call arguments.
	sp := &[]int{1, 2}
	ap := &[2]string{"p", "q"}
	mp := &map[string]int{"z": 26}
	fmt.Println(*sp, ap[1], (*mp)["z"], sum([]int{1, 2, 3}), Point{2, 3} == Point{2, 3})
}

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}
