// run

// Automatic semicolon insertion edge cases: several statements on one line,
// a closing brace on the same line, operators and dots at line ends, and
// trailing commas required before a newline in lists.
package main

import "fmt"

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }
func (p point) scale(k int) point  { return point{p.x * k, p.y * k} }

func one() int { return 1 }

func two() (int, int) { a := 1; b := 2; return a, b }

func main() {
	a := 1; b := 2; a, b = b, a; fmt.Println(a, b)
	if a > b { fmt.Println("a>b") } else { fmt.Println("a<=b") }
	for i := 0; i < 3; i++ { fmt.Print(i); }; fmt.Println()
	{ x := 5; x++; fmt.Println(x) }

	// A binary operator at the end of a line continues the expression.
	sum := 1 +
		2 *
			3 -
		one()
	fmt.Println(sum)

	// A dot at the end of a line continues a selector chain.
	p := point{1, 2}.
		add(point{3, 4}).
		scale(2)
	fmt.Println(p)

	// Multi-line argument and element lists need a trailing comma.
	q := []int{
		1,
		2,
		3,
	}
	fmt.Println(
		len(q),
		q[2],
	)
	x, y := two(); fmt.Println(x, y)

	// Semicolon inserted after a closing ')' , ']' , '}', identifier,
	// literal, return, break, continue, ++ and --.
	c := 0
	for {
		c++
		if c < 3 {
			continue
		}
		break
	}
	fmt.Println(c)
	var s = func() string { return "closure" }()
	fmt.Println(s)
	m := map[string]int{"k": 1}; m["k"]--; fmt.Println(m["k"])
	type T struct { a int; b string }; fmt.Println(T{1, "x"})
}
