// run

// Defer: LIFO order, arguments evaluated at the defer statement, deferred
// closures seeing later updates, deferred functions modifying named
// results after return, defers running during panics, recover stopping a
// panic and returning its value, and recover returning nil when not
// panicking or not called directly by the deferred function.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
}

func namedResult() (n int) {
	defer func() { n *= 10 }()
	return 4 // n = 4, then the deferred func makes it 40
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func panicWithValue(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic(v)
}

func helper() interface{} { return recover() }

func indirectRecover() (r interface{}) {
	defer func() {
		r = recover()
	}()
	defer func() {
		// recover called from a nested call, not directly by the
		// deferred function: it returns nil and the panic continues.
		fmt.Println("helper recover:", helper())
	}()
	panic("indirect")
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func methods() {
	a := T{"a"}
	defer a.Close() // receiver copied now
	a.name = "changed"
	b := &T{"b"}
	defer b.Close() // value receiver: *b is copied now, too
	b.name = "b2"
}

func main() {
	order()
	fmt.Println()
	argsEvaluatedEarly()
	fmt.Println(namedResult())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(panicWithValue("text"), panicWithValue(42), panicWithValue(errors.New("err value")))
	fmt.Println("recover outside panic:", recover())
	fmt.Println("indirect:", indirectRecover())
	methods()

	// Defers run in order while a panic unwinds, then recover stops it.
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		defer fmt.Println("second deferred")
		defer fmt.Println("first deferred")
		panic("unwinding")
	}()
	fmt.Println("main continues")
}
