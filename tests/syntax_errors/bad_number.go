// errorcheck

// Malformed number literal: a digit outside the base of an octal literal.
package main

func main() {
	_ = 0o19 // ERROR "invalid digit '9' in octal literal"
}
