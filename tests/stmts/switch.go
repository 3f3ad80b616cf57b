// run

// Expression switches: with a tag, with an init statement, without a tag,
// multiple values per case, default in the middle, fallthrough chains,
// break inside a case, non-constant case expressions evaluated in order
// (and only until one matches), and switching on strings and types with
// ==.
package main

import "fmt"

func describe(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd digit"
	default:
		return "other"
	case 2, 4, 6, 8:
		return "even digit"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	default:
		out = append(out, "default")
	case 3:
		out = append(out, "three")
	}
	return out
}

var calls []int

func val(n int) int {
	calls = append(calls, n)
	return n
}

func main() {
	for _, n := range []int{0, 5, 8, 12} {
		fmt.Println(n, describe(n))
	}
	fmt.Println(fall(1), fall(2), fall(3), fall(9))

	// Tagless switch with init statement.
	switch x := 15; {
	case x > 20:
		fmt.Println("big")
	case x > 10:
		fmt.Println("medium")
	case x > 5:
		fmt.Println("never reached: first match wins")
	}

	// Init statement with a tag.
	switch s := "gu"; s + "st" {
	case "gust":
		fmt.Println("gust!")
	}

	// Cases are evaluated top to bottom, left to right, until a match.
	switch val(3) {
	case val(1), val(2):
	case val(3), val(4):
	case val(5):
	}
	fmt.Println(calls)

	// break leaves the switch early.
	switch {
	case true:
		fmt.Println("before break")
		if len(calls) > 0 {
			break
		}
		fmt.Println("not printed")
	}

	// Switch on a value with no matching case and no default.
	switch 'q' {
	case 'a', 'b':
		fmt.Println("no")
	}

	// Switch on interface values compares dynamic type and value.
	var e interface{} = 2.0
	switch e {
	case 2:
		fmt.Println("int 2")
	case 2.0:
		fmt.Println("float 2")
	}
	fmt.Println("end")
}
