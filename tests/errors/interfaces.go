// errorcheck

// Interface satisfaction and method sets: a value type lacks methods
// declared on its pointer type, missing methods, methods with the wrong
// signature, impossible type assertions, and assertions on non-interface
// values.  Go 1.19 writes "(M method has pointer receiver)" and
// "(missing M method)"; newer Go writes "(method M has pointer receiver)"
// and "(missing method M)".
package main

type Shape interface {
	Area() float64
	Scale(k float64)
}

type Sq struct{ s float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (q *Sq) Scale(k float64) { q.s *= k }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Tri struct{}

func (Tri) Area() int       { return 0 }
func (Tri) Scale(k float64) {}

func use(s Shape) {}

func main() {
	var s1 Shape = Sq{1} // ERROR "does not implement Shape.*(Scale method has pointer receiver|method Scale has pointer receiver)"
	var s2 Shape = &Sq{1}
	var s3 Shape = Circle{1} // ERROR "does not implement Shape.*(missing Scale method|missing method Scale)"
	var s4 Shape = Tri{} // ERROR "does not implement Shape.*wrong type for (method )?Area"
	use(Circle{}) // ERROR "does not implement Shape"
	_, _, _, _ = s1, s2, s3, s4

	var sh Shape = &Sq{2}
	_ = sh.(Sq) // ERROR "impossible type assertion"
	_ = sh.(*Sq)
	_ = sh.(Circle) // ERROR "impossible type assertion"
	var n int
	_ = n.(int) // ERROR "not an interface"
	var q Sq
	_ = q.(Shape) // ERROR "not an interface"
}
