// errorcheck

// Undefined identifiers: unknown names, fields, methods, package members,
// unexported package members, and names used outside their scope.
package main

import (
	"fmt"
	"strings"
)

type T struct{ field int }

func (t T) Method() {}

func main() {
	var t T
	_ = missing // ERROR "undefined: missing"
	_ = t.nofield // ERROR "t.nofield undefined"
	t.NoMethod() // ERROR "t.NoMethod undefined"
	_ = T.Other // ERROR "T.Other undefined"
	fmt.Nope() // ERROR "undefined: fmt.Nope"
	_ = strings.builder{} // ERROR "not exported|undefined"
	var u Unknown // ERROR "undefined: Unknown"
	_ = u
	if x := 1; x > 0 {
	}
	_ = x // ERROR "undefined: x"
	for i := 0; i < 1; i++ {
	}
	_ = i // ERROR "undefined: i"
	p := &t
	_ = p.Field // ERROR "p.Field undefined"
	_ = t.field
	t.Method()
}
