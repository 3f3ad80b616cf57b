// run

// Method expressions of every receiver kind, called directly and used as
// func values: named types, pointers, methods promoted through embedded
// values and pointers, interfaces (named and literal), struct literals;
// and a multi-valued call supplying the receiver and the arguments.
package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Scale(f float64) Shape  { return Rect{r.W * f, r.H * f} }
func (r *Rect) Grow(d float64) float64 { r.W += d; r.H += d; return r.Area() }

type Named struct {
	Rect
	name string
}

type Boxed struct {
	*Rect
}

type Count int

func (c Count) Twice() int { return int(c) * 2 }

func mk() (*Rect, float64) { return &Rect{1, 2}, 1 }

func main() {
	area := Rect.Area
	grow := (*Rect).Grow
	fmt.Println(area(Rect{2, 3}))
	r := &Rect{1, 1}
	fmt.Println(grow(r, 1), *r)

	// Promoted through an embedded value and an embedded pointer.
	na := Named.Area
	fmt.Println(na(Named{Rect{4, 5}, "n"}))
	ng := (*Named).Grow
	n := &Named{Rect{1, 1}, "m"}
	fmt.Println(ng(n, 2), n.W)
	bg := Boxed.Grow
	b := Boxed{&Rect{2, 2}}
	fmt.Println(bg(b, 1), b.W)

	// Interfaces, named and literal.
	sa := Shape.Area
	ss := Shape.Scale
	var s Shape = Rect{3, 3}
	fmt.Println(sa(s), sa(ss(s, 2)))
	la := interface{ Area() float64 }.Area
	fmt.Println(la(Rect{7, 1}))
	fmt.Println(interface{ Area() float64 }.Area(Rect{2, 8}))

	// Struct literal type with an embedded named type.
	tw := struct{ Count }.Twice
	fmt.Println(tw(struct{ Count }{21}))

	// A multi-valued call supplies receiver and argument.
	fmt.Println((*Rect).Grow(mk()))
	fmt.Printf("%T\n", grow)
}
