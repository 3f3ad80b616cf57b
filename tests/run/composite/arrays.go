// run

package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 200
	(*a)[1] = 201
}

type Grid [2][3]int

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b)

	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a, len(a), cap(a))

	d := [...]string{2: "two", 0: "zero"}
	fmt.Printf("%d %q\n", len(d), d)

	var g Grid
	g[1][2] = 5
	h := g
	h[0][0] = 1
	fmt.Println(g, h, g == h, g != h)

	// arrays in structs are copied too
	type S struct{ arr [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.arr[1] = 42
	fmt.Println(s1, s2)

	// range over array copies it
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	// range over pointer to array sees updates
	arr2 := [3]int{10, 20, 30}
	for i, v := range &arr2 {
		arr2[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// pointer to array indexing and slicing
	p := &[4]int{1, 2, 3, 4}
	p[2] = 33
	fmt.Println(p[2], len(p), p[1:3], *p)
	sl := p[:]
	sl[0] = -1
	fmt.Println(*p)

	// array of arrays comparison
	x := [2][2]bool{{true, false}, {false, true}}
	y := [2][2]bool{{true, false}, {false, true}}
	fmt.Println(x == y)

	// zero values
	var z [3]float64
	var zs [2]string
	fmt.Println(z, zs, len(zs[0]))
	fmt.Printf("%v %q\n", [0]int{}, zs)
}
