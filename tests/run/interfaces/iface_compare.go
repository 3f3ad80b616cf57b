// run

package main

import "fmt"

type T struct{ A int }
type U struct{ A int }
type MyInt int

type Eq interface{ Eq() bool }

func (t T) Eq() bool  { return true }
func (u *U) Eq() bool { return false }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = MyInt(1)
	fmt.Println(a == b, b == MyInt(1))
	a, b = "s", "s"
	fmt.Println(a == b, a != b)
	a, b = T{1}, T{1}
	fmt.Println(a == b)
	b = U{1}
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	a, b = 1.0, 1
	fmt.Println(a == b)
	a, b = nil, (*int)(nil)
	fmt.Println(a == b, b == nil)

	// interface vs concrete
	var x interface{} = 5
	fmt.Println(x == 5, x == "5", x != 6)

	// pointers in interfaces compare by address
	u1, u2 := &U{1}, &U{1}
	var e1, e2 Eq = u1, u2
	fmt.Println(e1 == e2, e1 == Eq(u1))
	var e3, e4 Eq = T{2}, T{2}
	fmt.Println(e3 == e4, e3.Eq(), e1.Eq())

	// any alias
	var an any = "hello"
	var ie interface{} = an
	fmt.Println(an == ie)
	vals := []any{1, "two", 3.0, nil, T{4}, []int{5}}
	for _, v := range vals {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()

	// mixing comparable values in a map keyed by any
	seen := map[any]int{}
	for _, v := range []any{1, "1", 1, 1.0, T{1}, T{1}, MyInt(1), true} {
		seen[v]++
	}
	fmt.Println(len(seen), seen[1], seen[T{1}], seen["1"], seen[1.0], seen[MyInt(1)])

	// switch on interface value
	var sw any = T{3}
	switch sw {
	case T{1}:
		fmt.Println("T1")
	case T{3}:
		fmt.Println("T3")
	}

	// error interface comparison
	var err1 error
	var err2 error
	fmt.Println(err1 == err2)
}
