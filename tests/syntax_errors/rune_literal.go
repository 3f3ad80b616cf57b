// errorcheck

// A rune literal holds exactly one character (or one escape sequence).
package main

func main() {
	_ = 'ab' // ERROR "more than one character in rune literal"
}
