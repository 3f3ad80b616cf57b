// errorcheck

// A composite literal element list continued on the next line needs a
// trailing comma before the newline; otherwise a semicolon is inserted.
package main

func main() {
	xs := []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal"
	}
	_ = xs
}
