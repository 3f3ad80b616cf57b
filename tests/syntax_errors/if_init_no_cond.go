// errorcheck

// An if statement with only a simple statement and no condition is a
// syntax error: the short variable declaration is not a boolean
// expression.
package main

func main() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value|missing condition"
		_ = x
	}
}
