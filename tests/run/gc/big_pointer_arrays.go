// run

// Arrays of more than 65,536 pointers, in a heap object and in a package
// variable, keep every element alive across collections.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ v int }

var g [100000]*T

func main() {
	p := new([100000]*T)
	for i := range p {
		p[i] = &T{i}
		g[i] = &T{2 * i}
	}
	for k := 0; k < 5; k++ {
		runtime.GC()
		for i := 0; i < 100000; i++ {
			_ = &T{-1}
		}
	}
	s, t := 0, 0
	for i := range p {
		s += p[i].v
		t += g[i].v
	}
	fmt.Println(s, t)
}
