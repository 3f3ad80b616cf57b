// compile

// Composite literals inside if/for/switch headers.  A bare T{...} of a
// named type would be parsed as the start of the block, so it has to be
// parenthesized; literals whose type starts with a type keyword or
// bracket ([]T, [N]T, map[K]V, struct{...}) need no parentheses.
package main

import "fmt"

type T struct{ a, b int }

type P struct{ x int }

func main() {
	x := T{1, 2}
	if x == (T{1, 2}) {
		fmt.Println("equal")
	}
	if y := (T{a: 1}); y.b == 0 {
		fmt.Println(y)
	}
	for _, v := range []int{1, 2, 3} {
		fmt.Println(v)
	}
	for k, v := range map[string]int{"a": 1} {
		fmt.Println(k, v)
	}
	for i, v := range [...]string{"x", "y"} {
		fmt.Println(i, v)
	}
	for _, t := range []T{{1, 2}, {3, 4}} {
		fmt.Println(t.a)
	}
	for p := (P{0}); p.x < 3; p = (P{p.x + 1}) {
		fmt.Println(p.x)
	}
	switch (T{1, 2}) {
	case x:
		fmt.Println("case x")
	}
	switch z := (T{3, 4}); {
	case z.a > 2:
		fmt.Println("big")
	}
	if len([]int{1, 2}) == 2 && (struct{ n int }{1}).n == 1 {
		fmt.Println("ok")
	}
	if (struct{}{}) == struct{}{} {
		fmt.Println("empty structs")
	}
	// A function call or index using a literal inside its arguments needs
	// no parentheses: the braces are inside ( ) or [ ].
	if fmt.Sprint(T{5, 6}) != "" {
		fmt.Println("sprint")
	}
	if m := map[T]bool{{1, 2}: true}; m[T{1, 2}] {
		fmt.Println("map")
	}
}
