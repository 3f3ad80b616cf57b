// run

package main

import (
	"fmt"
	"strings"
)

type runtimeError interface {
	error
	RuntimeError()
}

type T struct{ v int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtimeError)
		err, isErr := r.(error)
		fmt.Printf("%s: %v | runtime=%v error=%v\n", name, r, isRuntime, isErr)
		if isRuntime {
			fmt.Println("   Error():", re.Error(), strings.HasPrefix(err.Error(), "runtime error"))
		}
	}()
	f()
}

func main() {
	zero := 0
	idx := 5
	var s []int = []int{1, 2, 3}
	var m map[string]int
	var p *T
	var i interface{} = "str"
	var arr [4]int
	var fn func()
	lo, hi := 3, 1

	try("index", func() { _ = s[idx] })
	try("index neg", func() { _ = s[idx-10] })
	try("array index", func() { _ = arr[idx] })
	try("string index", func() { _ = "abc"[idx] })
	try("slice hi", func() { _ = s[:idx] })
	try("slice lo>hi", func() { _ = s[lo:hi] })
	try("slice 3 index", func() { _ = s[0:2:idx] })
	try("string slice", func() { _ = "hello"[2 : idx+5] })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { _ = p.v })
	try("nil func", func() { fn() })
	try("assertion", func() { _ = i.(int) })
	try("assertion iface", func() { _ = i.(fmt.Stringer) })
	try("reslice beyond cap", func() { _ = make([]int, 2)[:idx] })
	try("make negative", func() { _ = make([]int, idx-10) })
	try("custom", func() { panic("not runtime") })
	try("error value", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	fmt.Println("still running")
}
