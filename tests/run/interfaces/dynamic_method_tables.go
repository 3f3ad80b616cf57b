// run

// Methods reached only through interfaces met at run time: assertions to
// interface literals, interface-to-interface conversion, type switches,
// and an assertion that only appears in a method body which itself is
// reached only through an interface. Method tables keep code for every
// method some interface of the program names; fmt and panics call
// Error, String, GoString and Format by name.
package main

import (
	"errors"
	"fmt"
)

type Shape struct{ w, h int }

func (s Shape) Area() int       { return s.w * s.h }
func (s Shape) Perimeter() int  { return 2 * (s.w + s.h) }
func (s *Shape) Scale(k int)    { s.w *= k; s.h *= k }
func (s Shape) Unused() string  { return "never called" }
func (s Shape) String() string  { return fmt.Sprintf("%dx%d", s.w, s.h) }

type Visitor struct{ seen []string }

// Visit is reached only through the Visiting interface, and it asserts to
// an interface that appears nowhere else.
func (v *Visitor) Visit(x any) {
	if d, ok := x.(interface{ Describe() string }); ok {
		v.seen = append(v.seen, d.Describe())
	} else {
		v.seen = append(v.seen, fmt.Sprint(x))
	}
}

type Visiting interface{ Visit(x any) }

type Thing struct{ name string }

func (t Thing) Describe() string { return "thing " + t.name }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type gs struct{}

func (gs) GoString() string { return "gs!" }

func main() {
	var x any = Shape{2, 3}
	if a, ok := x.(interface{ Area() int }); ok {
		fmt.Println("area", a.Area())
	}
	var ap interface {
		Area() int
		Perimeter() int
	} = Shape{1, 1}
	var a2 interface{ Perimeter() int } = ap
	fmt.Println("perimeter", a2.Perimeter())
	p := &Shape{1, 2}
	var y any = p
	switch s := y.(type) {
	case interface{ Scale(int) }:
		s.Scale(10)
		fmt.Println("scaled", *p)
	default:
		fmt.Println("no")
	}
	fmt.Println(x, p)

	var v Visiting = &Visitor{}
	v.Visit(Thing{"a"})
	v.Visit(42)
	v.Visit(Shape{4, 5})
	fmt.Println(v.(*Visitor).seen)

	var e error = &myErr{7}
	fmt.Println(e, errors.Unwrap(e) == nil)
	fmt.Printf("%#v\n", gs{})
	defer func() { fmt.Println("recovered:", recover()) }()
	panic(e)
}
