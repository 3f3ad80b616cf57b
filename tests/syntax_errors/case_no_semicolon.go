// errorcheck

// A statement must end before the next case clause.
package main

func f() {}

func main() {
	switch {
	case true: f() case false: // ERROR "unexpected case at end of statement"
	}
}
