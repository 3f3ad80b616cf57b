// errorcheck

// Short variable declarations and other statements are not allowed at
// package level.
package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {}
