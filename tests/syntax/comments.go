// run

// Comments: line comments, general comments mid-line and across lines,
// comment-like text inside strings, and a multi-line general comment acting
// like a newline for semicolon insertion.
package main

import "fmt" // trailing line comment

/*
   A general comment spanning
   several lines. // not a line comment here
*/

func add(a /* first */, b /* second */ int) int {
	return a /* mid-expression */ + b
}

func main() {
	x := add(1, /* inline */ 2) // 3
	fmt.Println(x)
	fmt.Println("// not a comment", "/* nor this */", `/* raw */ // raw`)
	y := 7 /* a general comment containing a newline
	acts like a newline, so a semicolon is inserted after 7 */
	fmt.Println(y)
	/**/ fmt.Println("empty comment before") /**/
	fmt.Println('/', "*/")
	// fmt.Println("commented out")
}
