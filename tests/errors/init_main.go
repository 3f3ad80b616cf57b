// errorcheck

// The special functions: init must have no parameters and no results and
// cannot be referenced; main in package main must have no parameters and
// no results.  Several init functions are allowed.
package main

func init() {}
func init() {} // fine: many init functions

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func main(args []string) { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
	f := init // ERROR "undefined: init"
	_ = f
}
