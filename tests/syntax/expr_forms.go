// run

// Expression forms and operator precedence: unary operators, the five
// binary precedence levels, comparisons, logical operators, conversions
// including parenthesized pointer/func/chan types, index and slice
// expressions (2- and 3-index), type assertions, receive, address-of and
// indirection, selectors through pointers, calls with `...`, and builtins.
package main

import "fmt"

type S struct {
	f  int
	p  *S
	fn func(int) int
}

type MyInt int

func main() {
	a, b, c := 7, 3, 2
	// Precedence: * / % << >> & &^  >  + - | ^  >  comparisons  >  &&  >  ||
	fmt.Println(a+b*c, (a+b)*c, a-b-c, a/b*c, a%b<<c, a&b|c, a^b&c, a&^b+c)
	fmt.Println(1<<3+1, 1<<(3+1), -a*b, - -a, ^a, +a, !(a > b))
	fmt.Println(a > b && b > c || a < c, a == 7 != (b == 3), a <= b || b >= c)

	// Unary operators on various types.
	x := 5
	p := &x
	*p += 1
	pp := &p
	**pp *= 2
	fmt.Println(x, *p == x, p == *pp)
	var u8 uint8 = 1
	fmt.Println(^u8, -u8, ^0, ^uint16(0))

	// Conversions, including parenthesized types.
	f := float64(a) / float64(b)
	fmt.Printf("%.3f %d %v %v\n", f, int(f*10), MyInt(a)+MyInt(b), string(rune(65)))
	var ip *int = (*int)(p)
	var fn = (func(int) int)(func(v int) int { return v * v })
	var rc = (<-chan int)(make(chan int))
	var mi = (map[string]int)(nil)
	fmt.Println(*ip, fn(4), rc != nil, mi == nil, []byte("hi"), []rune("hé"))

	// Index and slice expressions.
	arr := [5]int{0, 1, 2, 3, 4}
	s := arr[1:4]
	s3 := arr[1:3:4]
	str := "abcdef"
	fmt.Println(arr[2], s, len(s), cap(s), s3, len(s3), cap(s3))
	fmt.Println(arr[:2], arr[3:], arr[:], str[1:3], str[:2], str[4:], str[2], s[:cap(s)])
	pa := &arr
	fmt.Println(pa[1], pa[1:2], len(pa))
	m := map[string][]int{"k": {1, 2}}
	fmt.Println(m["k"][1], len(m["missing"]))

	// Selectors through pointers, func-valued fields, chained calls.
	n := &S{f: 1, p: &S{f: 2}, fn: func(v int) int { return v + 100 }}
	fmt.Println(n.f, n.p.f, (*n).p.f, n.fn(1), (*n.p).f)

	// Type assertions (single and comma-ok).
	var e interface{} = "str"
	sv := e.(string)
	iv, ok := e.(int)
	_, ok2 := e.(fmt.Stringer)
	fmt.Println(sv, iv, ok, ok2)

	// Receive expressions and comma-ok receive.
	ch := make(chan int, 2)
	ch <- 10
	close(ch)
	v1 := <-ch
	v2, ok3 := <-ch
	fmt.Println(v1, v2, ok3)

	// Calls with spread arguments and builtins.
	xs := []int{3, 4}
	xs = append(xs, xs...)
	xs = append(xs[:1], 9)
	bs := append([]byte("ab"), "cd"...)
	n2 := copy(xs, []int{7})
	fmt.Println(xs, string(bs), n2, len("héllo"), cap(make([]int, 2, 5)))
	np := new(int)
	*np = 3
	mp := make(map[int]bool)
	mp[1] = true
	delete(mp, 1)
	fmt.Println(*np, len(mp), max3(1, 5, 3))

	// Function literal called in an expression; parenthesized expressions.
	fmt.Println(func(v int) int { return v * 3 }(4), ((a)), (((a + b))))
}

func max3(vals ...int) int {
	best := vals[0]
	for _, v := range vals[1:] {
		if v > best {
			best = v
		}
	}
	return best
}
