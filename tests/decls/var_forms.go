// run

// Variable declaration forms at package and function level: with type,
// with initializer, both, grouped, multiple names, from a multi-valued
// call, blank identifier, zero values of every kind, and package-level
// initialization order driven by dependencies (not textual order).
package main

import "fmt"

var a int
var b = 2
var c, d int = 3, 4
var e, f = "e", 5.5
var (
	g    bool
	h    = []int{1}
	i, j = pair()
	_    = sideEffect("blank var initializer runs")
)

// Dependency order: total is initialized after x and y even though it
// appears first.
var total = x + y
var x = y * 2
var y = 10

var log []string

func sideEffect(s string) int {
	log = append(log, s)
	return 0
}

func pair() (int, string) { return 7, "seven" }

type T struct {
	n int
	s string
	p *T
}

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i, j)
	fmt.Println(total, x, y, log)

	// Zero values.
	var (
		zi   int
		zf   float64
		zs   string
		zb   bool
		zp   *int
		zsl  []int
		zm   map[string]int
		zc   chan int
		zfn  func()
		zi2  interface{}
		zarr [3]bool
		zst  T
	)
	fmt.Println(zi, zf, zs == "", zb, zp == nil, zsl == nil, len(zsl), zm == nil, len(zm))
	fmt.Println(zc == nil, zfn == nil, zi2 == nil, zarr, zst.n, zst.s == "", zst.p == nil)
	fmt.Printf("%q %v %v\n", zs, zst, zm["missing"])

	// Function-level forms.
	var k, l, m = 1, "two", 3.0
	var n, o = pair()
	var _, p = pair()
	q, r := pair()
	var s []string = nil
	fmt.Println(k, l, m, n, o, p, q, r, s == nil)
	fmt.Printf("%T %T %T %T\n", k, l, m, 'r')
}
