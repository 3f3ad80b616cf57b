// errorcheck

// Semicolon insertion after a closing brace means `else` must be on the
// same line as the `}` of the if block.
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else { // ERROR "syntax error: unexpected (keyword )?else"
		x--
	}
}
