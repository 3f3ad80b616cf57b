// errorcheck

// Method declarations: the receiver base type must be a defined type
// declared in this package that is neither a pointer nor an interface;
// at most one pointer indirection; method names must be unique per type
// (across value and pointer receivers) and must not clash with fields.
package main

type T struct{ name string }
type PT *T
type I interface{ M() }

func (p PT) A() {} // ERROR "invalid receiver type PT"
func (i I) B() {} // ERROR "invalid receiver type I"
func (x int) C() {} // ERROR "cannot define new methods on non-local type int"
func (t **T) D() {} // ERROR "invalid receiver type \*\*T"
func (s []T) E() {} // ERROR "invalid receiver type \[\]T"

func (t T) Twice() {}
func (t *T) Twice() {} // ERROR "method T.Twice already declared|T.Twice redeclared"

func (t T) name() string { return "" } // ERROR "field and method with the same name name"

func main() {}
