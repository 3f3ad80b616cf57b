// run

package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func tripleReturn() (result int, err error) {
	defer func() {
		if err != nil {
			result = -1
		}
	}()
	return 10, errors.New("fail")
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() (out string) {
	defer trace("work")()
	defer func() { out += "!" }()
	out = "working"
	return
}

func recoverToError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func shadowed() (x int) {
	defer func() { x += 100 }()
	{
		x := 5
		_ = x
	}
	return 1
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func noName() int {
	x := 1
	defer func() { x = 50 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleReturn())
	fmt.Println(work())
	fmt.Println(recoverToError())
	fmt.Println(shadowed())
	fmt.Println(counter())
	fmt.Println(noName())
}
