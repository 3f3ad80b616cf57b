// run

// Type switches: with and without a bound variable, single-type cases
// (variable has that type), multi-type cases and nil case (variable keeps
// the interface type), default, interface-type cases, and matching order.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct{ X, Y int }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool, float64:
		// x has type interface{} here
		return fmt.Sprintf("bool or float64: %v", x)
	case Stringer:
		return "Stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case *Point:
		x.X = 99
		return "pointer to point"
	case Point:
		return fmt.Sprint("point ", x.X+x.Y)
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func noBinding(v interface{}) string {
	switch v.(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case uint, uint8, uint16, uint32, uint64:
		return "unsigned"
	}
	return "not an integer"
}

func main() {
	p := &Point{1, 2}
	vals := []interface{}{
		nil, 21, "hello", true, 2.5, Temp(36.6), errors.New("boom"),
		[]int{1, 2, 3}, p, Point{3, 4}, func() int { return 7 }, 'r', map[int]int{},
	}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(p.X)
	fmt.Println(noBinding(1), noBinding(uint8(1)), noBinding(int64(1)), noBinding("x"), noBinding(nil))

	// Order matters: the first matching case wins even if a later one is
	// more specific.
	var e error = errors.New("x")
	switch e.(type) {
	case interface{}:
		fmt.Println("interface{} first")
	case error:
		fmt.Println("error")
	}
	// Init statement in a type switch.
	switch v := interface{}(Temp(1)); t := v.(type) {
	case fmt.Stringer:
		fmt.Println("fmt.Stringer", t)
	}
}
