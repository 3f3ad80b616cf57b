// errorcheck

// Calls: argument count and types, variadic calls and misuse of `...`,
// calling non-functions, multi-valued calls as arguments, and builtins
// called with wrong arguments.
package main

func pair(a int, s string) {}
func variadic(prefix string, xs ...int) {}
func two() (int, string) { return 1, "" }
func three() (int, string, bool) { return 1, "", true }

func main() {
	pair(1) // ERROR "not enough arguments in call to pair"
	pair(1, "a", 2) // ERROR "too many arguments in call to pair"
	pair("a", 1) // ERROR "cannot use .* as int value in argument to pair" "cannot use .* as string value in argument to pair"
	pair(two())  // fine: f(g()) with matching results
	pair(three()) // ERROR "too many arguments in call to pair"

	xs := []int{1, 2}
	variadic("p", xs...)
	variadic("p", 1, xs...) // ERROR "too many arguments|can only use ... with final argument"
	pair(xs...) // ERROR "cannot use ... in call to non-variadic pair|not enough arguments"
	variadic("p", []string{"x"}...) // ERROR "cannot use .* as (type )?\[\]int( value)? in argument to variadic"
	variadic() // ERROR "not enough arguments in call to variadic"

	n := 3
	n() // ERROR "cannot call non-function n"
	"str"() // ERROR "cannot call non-function"

	_ = len(1) // ERROR "invalid argument"
	_ = len("a", "b") // ERROR "too many arguments"
	_ = make(int) // ERROR "cannot make int|invalid argument"
	_ = new(5) // ERROR "5 is not a type|not a type"
	_ = append(1, 2) // ERROR "invalid argument|must be a slice"
	_ = cap(map[int]int{}) // ERROR "invalid argument"
	delete(xs, 0) // ERROR "is not a map|must be a map"
}
