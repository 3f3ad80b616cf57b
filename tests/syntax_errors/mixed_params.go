// errorcheck

// A parameter list must either name all parameters or none.
package main

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func main() {}
