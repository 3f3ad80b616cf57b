// errorcheck

// A bare return with a named result shadowed by an inner declaration.
package main

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func g() (x int) {
	if true {
		y := 1
		_ = y
		return // fine: x is not shadowed here
	}
	return 1
}

func main() {
	_ = f()
	_ = g()
}
