// run

// Scoping: universe identifiers can be shadowed, package-level names are
// shadowed by locals, each if/for/switch clause opens its own block, and
// := in an inner block declares a new variable rather than assigning.
package main

import "fmt"

var x = "package"

func shadowTrue() bool {
	true := false // shadows the predeclared constant
	return true
}

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x + 1; y > 0 {
		fmt.Println("unreachable", y)
	} else {
		fmt.Println("else", x, y)
	}

	for x := 0; x < 2; x++ {
		x := x * 10 // new variable in the body block
		fmt.Println("for", x)
	}

	switch x := 5; x {
	case 5:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)

	// := inside a nested block does not change the outer variable.
	n := 1
	if true {
		n := 2
		_ = n
	}
	fmt.Println(n)
	// But plain assignment does.
	if true {
		n = 3
	}
	fmt.Println(n)

	fmt.Println(shadowTrue())
	len := func(s string) int { return 42 } // shadows builtin len
	fmt.Println(len("abc"))
	{
		type int = string // shadow a predeclared type
		var s int = "now a string"
		fmt.Println(s)
	}
}
