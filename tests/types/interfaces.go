// run

// Interfaces: implicit satisfaction, embedded interfaces, dynamic dispatch,
// the pointer-receiver method set rule, type assertions to concrete and
// interface types, nil interface vs interface holding a nil pointer,
// interface comparison and interfaces as map keys.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Square struct{ S float64 }

// Pointer receivers: only *Square is a Shape.
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) Name() string       { return "square" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{42}
	}
	return p // non-nil interface even when p == nil!
}

func realNil(fail bool) error {
	if fail {
		return &MyErr{1}
	}
	return nil
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Square{2}, Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%s %.1f %.1f\n", s.Name(), s.Area(), s.Perimeter())
	}

	// Interface-to-interface assignment and assertion.
	var sh Shape = shapes[1]
	if n, ok := sh.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := sh.(Rect); !ok {
		fmt.Println("not a Rect")
	}
	sq := sh.(*Square)
	sq.S = 5
	fmt.Println(sh.Area()) // shares the pointer

	// sort.Interface implemented by a slice type.
	list := byArea{Rect{5, 5}, &Square{1}, Rect{2, 3}}
	sort.Sort(list)
	for _, s := range list {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()

	// nil interface vs interface holding a typed nil pointer.
	e1 := mayFail(false)
	e2 := realNil(false)
	fmt.Println(e1 == nil, e2 == nil, e1 != nil)
	fmt.Println(mayFail(true), realNil(true))
	var target *MyErr
	fmt.Println(errors.As(realNil(true), &target), target.code)

	// Interface values compare by dynamic type and value.
	var i1, i2 interface{} = 3, 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 != nil)
	m := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Rect{1, 1}: "rect"}
	fmt.Println(m[1], m["1"], m[1.0], m[Rect{1, 1}], len(m))

	// fmt.Stringer is picked up by fmt.
	var st fmt.Stringer = &strings.Builder{}
	st.(*strings.Builder).WriteString("built")
	fmt.Println(st)

	// Empty interface holds anything.
	var any interface{}
	fmt.Println(any == nil)
	any = []int{1}
	any = map[string]int{}
	any = func() {}
	_, isFunc := any.(func())
	fmt.Println(isFunc)
}
