// errorcheck

// Local variables must be used: declared with var or :=, assigned but
// never read, declared in if/switch/for headers, captured-only locals,
// and type switch bindings unused in every clause.  Package-level
// variables, parameters, results and blank identifiers are exempt.
// Go 1.19 says "x declared but not used"; newer Go says
// "declared and not used: x".
package main

var pkgLevel int // fine: package-level

func params(a int, b string) (r int) { return } // fine: params/results

func main() {
	var a int // ERROR "a declared (and|but) not used|declared (and|but) not used: a"
	b := 2 // ERROR "declared (and|but) not used"
	var c, d = 1, 2 // ERROR "c declared (and|but) not used|declared (and|but) not used: c"
	_ = d
	e := 0 // ERROR "declared (and|but) not used"
	e = 5 // assignment alone is not a use
	if f := 1; true { // ERROR "declared (and|but) not used"
	}
	for g := 0; ; { // ERROR "declared (and|but) not used"
		break
	}
	func() {
		h := 1 // ERROR "declared (and|but) not used"
	}()
	var i interface{} = 1
	switch t := i.(type) { // ERROR "declared (and|but) not used"
	case int:
	case string:
	}
	x, y := 1, 2 // ERROR "y declared (and|but) not used|declared (and|but) not used: y"
	_ = x
	var _ = 3 // fine: blank
	used := 1
	func() { _ = used }() // use inside a closure counts
}
