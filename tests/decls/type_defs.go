// run

// Type definitions versus type aliases: a defined type is a new type with
// its own method set, an alias is the same type; conversions between a
// defined type and its underlying type; local type declarations; methods
// on defined non-struct types.
package main

import (
	"fmt"
	"strings"
)

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type Text = string // alias: identical to string

type Words []string

func (w Words) Join() string { return strings.Join(w, " ") }

type StrMap map[string]int

func (m StrMap) Inc(k string) { m[k]++ }

type Counter int

func (c *Counter) Incr() { *c++ }

type Handler func(int) int

func (h Handler) Twice(x int) int { return h(h(x)) }

type Inner struct{ V int }
type Outer Inner // same underlying struct, no methods inherited

func (i Inner) Get() int { return i.V }

type AliasInner = Inner // alias keeps the methods

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var t Text = "alias"
	var s string = t // no conversion needed
	fmt.Printf("%s %T\n", s, t)

	w := Words{"a", "b", "c"}
	fmt.Println(w.Join(), len(w), []string(w))
	sm := StrMap{}
	sm.Inc("x")
	sm.Inc("x")
	fmt.Println(sm["x"])

	var c Counter
	c.Incr()
	c.Incr()
	fmt.Println(c)

	h := Handler(func(x int) int { return x * 3 })
	fmt.Println(h.Twice(2))

	o := Outer{V: 4}
	in := Inner(o) // conversion between identical underlying types
	var ai AliasInner = in
	fmt.Println(in.Get(), ai.Get())
	fmt.Printf("%T %T %T\n", o, in, ai)

	// Local type declarations, shadowing a package-level name.
	type Meters int
	var lm Meters = 3
	fmt.Printf("%T %v\n", lm, lm)
	{
		type pair struct{ a, b int }
		fmt.Println(pair{1, 2})
	}
}
