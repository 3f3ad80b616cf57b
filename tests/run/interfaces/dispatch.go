// run

package main

import (
	"fmt"
	"math"
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
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func (s Square) Name() string { return "square" }

type Walker interface{ Walk() string }
type Runner interface{ Run() string }
type Athlete interface {
	Walker
	Runner
}

type Person struct{ name string }

func (p Person) Walk() string { return p.name + " walks" }
func (p Person) Run() string  { return p.name + " runs" }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	for _, s := range shapes {
		fmt.Printf("%s %.3f %.3f %T\n", s.Name(), s.Area(), s.Perimeter(), s)
	}
	plain := make([]Shape, len(shapes))
	for i, s := range shapes {
		plain[i] = s
	}
	fmt.Printf("%.4f\n", total(plain))

	var a Athlete = Person{"ann"}
	fmt.Println(a.Walk(), a.Run())
	var w Walker = a
	fmt.Println(w.Walk())
	if r, ok := w.(Runner); ok {
		fmt.Println("also", r.Run())
	}

	// interface holding pointer sees mutation
	c := &Circle{2}
	var s Shape = c
	c.R = 3
	fmt.Printf("%.2f\n", s.Area())
	// interface holding value copies
	r := Rect{1, 1}
	s = r
	r.W = 10
	fmt.Println(s.Area(), r.Area())

	// nil interface vs interface holding nil pointer
	var nilCircle *Circle
	var s2 Shape
	fmt.Println(s2 == nil)
	s2 = nilCircle
	fmt.Println(s2 == nil, s2 != nil)
	fmt.Printf("%T %v\n", s2, s2)

	// method call through interface on embedded
	var n Named = Square{Rect{5, 5}}
	fmt.Println(n.Name())
	if sh, ok := n.(Shape); ok {
		fmt.Println(sh.Area())
	}
}
