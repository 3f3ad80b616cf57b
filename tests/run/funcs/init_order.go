// run

package main

import "fmt"

var (
	a = b + c
	b = f("b", 2)
	c = f("c", 3)
	d = 10
)

var total = sum(a, b, c, d)

var x, y = pair()

var table = buildTable()

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func sum(vs ...int) int {
	s := 0
	for _, v := range vs {
		s += v
	}
	fmt.Println("init total from", vs)
	return s
}

func pair() (int, int) {
	fmt.Println("init x, y")
	return a * 2, b * 2
}

func buildTable() map[string]int {
	fmt.Println("init table with total", total)
	return map[string]int{"total": total, "x": x}
}

var early = late + 1
var late = f("late", 41)

func init() {
	fmt.Println("first init: a b c d =", a, b, c, d)
	d = 100
}

func init() {
	fmt.Println("second init: d =", d, "early =", early)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, x, y, table, early, late)
}

func init() {
	fmt.Println("third init")
}
