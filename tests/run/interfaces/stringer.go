// run

package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, "|") + ">"
}

type Wrapper struct {
	C   Color
	P   *Point
	Lst []Color
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green, Blue})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	s := fmt.Sprint(Blue)
	fmt.Println(s, len(s))

	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s\n", p, &p, &p)
	var st fmt.Stringer = &p
	fmt.Println(st.String())

	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})

	fmt.Println(Stack{1, 2, 3}, Stack{})
	fmt.Printf("%v %d\n", Stack{4, 5}, Stack{4, 5})

	w := Wrapper{Green, &Point{3, 4}, []Color{Blue}}
	fmt.Printf("%v\n%+v\n", w, w)

	var nilP *Point
	fmt.Printf("%T\n", nilP)
	fmt.Println(fmt.Sprintf("%10s|%-10v|", Red, Blue))
	fmt.Println(Color(1) == Green, Red+2)
}
