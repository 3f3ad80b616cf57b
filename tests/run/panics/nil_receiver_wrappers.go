// run

// A value method reached through a nil pointer held in an interface
// panics with Go's "value method ... called using nil *T pointer" (a
// runtime.Error); `defer x.M()` on a nil interface panics at the defer
// statement, before the rest of the function runs.
package main

import (
	"fmt"
	"runtime"
)

type T int

type I interface{ F() }

func (t T) F() { fmt.Println("F", int(t)) }

var (
	t *T
	i I = t
)

type Closer interface{ Close() }

func deferNil() {
	var c Closer
	defer c.Close()
	fmt.Println("not reached")
}

func main() {
	func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(runtime.Error)
			fmt.Println(r.(error).Error(), isRuntime)
		}()
		i.F()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		deferNil()
	}()
	v := T(3)
	i = &v
	i.F()
	i = nil
	i = t
	i.F()
}
