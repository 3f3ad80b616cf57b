// errorcheck

// Duplicate declarations: names redeclared in the same block (package
// and local), duplicate struct fields and interface methods, duplicate
// parameters, duplicate constant cases in expression switches, duplicate
// types in type switches and duplicate constant keys in map literals.
// Redeclaring in an inner block is shadowing and is fine.
package main

var v int
var v string // ERROR "v redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type S struct {
	a int
	a string // ERROR "a redeclared"
}

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func params(x int, x string) {} // ERROR "x redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	{
		a := "shadow" // fine
		_ = a
	}

	switch a {
	case 1, 2:
	case 3, 1: // ERROR "duplicate case 1"
	}
	switch "s" {
	case "x", "y", "x": // ERROR `duplicate case "x"`
	}

	var e interface{} = a
	switch e.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	}

	_ = map[string]int{"k": 1, "j": 2, "k": 3} // ERROR `duplicate key "k" in map literal`
	_ = map[int]bool{1: true, 2: false, 1: true} // ERROR "duplicate key 1 in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{1, 2, 1: 5} // ERROR "duplicate index 1 in array or slice literal"
}
