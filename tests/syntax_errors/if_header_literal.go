// errorcheck

// In an if/for/switch header a composite literal of a named type must be
// parenthesized: in `if x == T{} {` the `{` after T starts the if block,
// so the parser sees the block `{}` followed by a stray `{`.  (The file
// deliberately ends without main's closing brace: the `}` below closes
// main after the parser has skipped the stray `{`, so Go reports exactly
// one error.)
package main

type T struct{ a int }

func main() {
	var x T
	if x == T{} { // ERROR "syntax error: unexpected {"
	}
