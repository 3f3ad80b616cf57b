// compile

// Function and method declaration forms: parameter lists with grouped,
// unnamed and blank parameters; variadic parameters; named and unnamed
// results; value, pointer, unnamed and blank receivers; function literals;
// method values and method expressions.
package main

import "fmt"

type T struct{ n int }

func (t T) Value() int      { return t.n }
func (t *T) Set(n int)      { t.n = n }
func (T) Unnamed() string   { return "unnamed receiver" }
func (*T) UnnamedPtr() bool { return true }
func (_ T) Blank() int      { return 0 }
func (t T) String() string  { return fmt.Sprint("T", t.n) }

type Int int

func (i Int) Double() Int { return i * 2 }

func noArgs()                        {}
func oneArg(a int)                   {}
func grouped(a, b int, c string)     {}
func unnamed(int, string, []float64) {}
func blanks(_ int, _ string)         {}
func variadic(prefix string, xs ...int) int { return len(xs) }
func variadicOnly(...interface{})    {}
func oneResult() int                 { return 1 }
func parenResult() (int)             { return 1 }
func twoResults() (int, error)       { return 0, nil }
func named() (x, y int, s string)    { x, y, s = 1, 2, "s"; return }
func namedShadow() (err error)       { return nil }
func funcResult() func(int) int      { return func(x int) int { return x } }
func funcParam(f func(int, int) int) int { return f(1, 2) }
func multiLine(
	a int,
	b string,
) (
	c int,
	d error,
) {
	return a, nil
}

func main() {
	var t T
	t.Set(3) // &t implicitly
	_ = t.Value()
	_ = t.Unnamed()
	_ = t.UnnamedPtr()
	_ = t.Blank()
	p := &t
	_ = p.Value() // *p implicitly

	// Method values and method expressions.
	get := t.Value
	set := p.Set
	f1 := T.Value
	f2 := (*T).Set
	f3 := (*T).Value
	set(4)
	f2(p, 5)
	_ = get() + f1(t) + f3(p)
	_ = Int(3).Double()

	noArgs()
	oneArg(1)
	grouped(1, 2, "c")
	unnamed(1, "s", nil)
	blanks(1, "x")
	_ = variadic("p")
	_ = variadic("p", 1, 2, 3)
	_ = variadic("p", []int{1, 2}...)
	variadicOnly(1, "two", 3.0)
	_, _ = oneResult(), parenResult()
	_, _ = twoResults()
	_, _, _ = named()
	_ = namedShadow()
	_ = funcResult()(7)
	_ = funcParam(func(a, b int) int { return a + b })
	_, _ = multiLine(1, "b")

	// Function literals: assigned, immediately invoked, recursive.
	add := func(a, b int) int { return a + b }
	_ = add(1, 2)
	func() {}()
	func(s string) { _ = s }("arg")
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(10), t)
}
