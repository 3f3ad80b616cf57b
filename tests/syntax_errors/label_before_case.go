// errorcheck

// A label must label a statement, except right before a closing brace.
package main

func main() {
	switch 0 {
	case 0:
	L0: // ERROR "missing statement after label"
	case 1:
	L1:
	}
	goto L0
	goto L1
}
