// run

package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

type Calc struct {
	acc int
}

func (c *Calc) Add(n int) { c.acc += n }
func (c Calc) Value() int { return c.acc }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	ops := map[string]Op{"+": add, "-": sub, "*": func(a, b int) int { return a * b }}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Println(k, ops[k](7, 3))
	}

	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, f(1))
	var op Op
	fmt.Println(op == nil, ops["/"] == nil)

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	// method values bind the receiver
	c := &Calc{}
	addFn := c.Add
	addFn(5)
	addFn(7)
	fmt.Println(c.acc)
	val := c.Value // receiver copied now
	c.Add(100)
	fmt.Println(val(), c.Value())

	// method expressions
	addExpr := (*Calc).Add
	valExpr := Calc.Value
	var c2 Calc
	addExpr(&c2, 3)
	fmt.Println(valExpr(c2), (*Calc).Value(&c2))

	temp := Celsius(100)
	conv := temp.F
	temp = 0
	fmt.Println(conv(), Celsius.F(temp))

	// function values from packages
	up := strings.ToUpper
	fmt.Println(up("abc"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))

	// slice of funcs
	pipeline := []func(string) string{strings.TrimSpace, strings.ToLower, func(s string) string { return s + "!" }}
	s := "  HeLLo  "
	for _, p := range pipeline {
		s = p(s)
	}
	fmt.Println(s)

	// func as struct field
	type Handler struct {
		Name string
		Fn   func() string
	}
	hs := []Handler{{"a", func() string { return "A" }}, {"b", nil}}
	for _, h := range hs {
		if h.Fn == nil {
			fmt.Println(h.Name, "no handler")
			continue
		}
		fmt.Println(h.Name, h.Fn())
	}
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", c.Add)
	fmt.Printf("%T\n", (*Calc).Add)
}
