// run

package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return a / b, nil
}

func helperRecover() interface{} {
	return recover()
}

func indirect() (res string) {
	defer func() {
		r := helperRecover() // not called directly by the deferred function: nil
		res = fmt.Sprint("helper got ", r)
		if r2 := recover(); r2 != nil {
			res += fmt.Sprint("; direct got ", r2)
		}
	}()
	panic("indirect")
}

func directDeferRecover() (out string) {
	defer func() { out = fmt.Sprint("direct: ", recover()) }()
	defer recover() // deferred builtin call: does recover
	panic("x")
}

func noPanic() {
	r := recover()
	fmt.Println("recover outside panic:", r)
	defer func() {
		fmt.Println("deferred recover without panic:", recover())
	}()
}

func repanic() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func replaced() (msg string) {
	defer func() {
		msg = fmt.Sprint("got: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func recoverTwice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic(errors.New("once"))
}

func continueAfter() int {
	x := 0
	func() {
		defer func() { recover() }()
		x = 1
		panic("p")
	}()
	x++
	return x
}

func deepPanic(n int) {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached at depth %d", n))
	}
	defer fmt.Println("unwinding", n)
	deepPanic(n - 1)
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(indirect())
	fmt.Println(directDeferRecover())
	noPanic()
	fmt.Println(repanic())
	fmt.Println(replaced())
	recoverTwice()
	fmt.Println(continueAfter())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		deepPanic(3)
	}()
	var r interface{} = recover()
	fmt.Println("main recover:", r)
}
