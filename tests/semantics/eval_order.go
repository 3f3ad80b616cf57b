// run

// Order of evaluation: function calls, method calls and channel receives
// in an expression, argument list, composite literal or assignment are
// evaluated left to right; && and || short-circuit; in an assignment the
// index and pointer operands on the left and all right-hand expressions
// are evaluated first, then assignments happen left to right.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func flush() {
	fmt.Println(trace)
	trace = nil
}

type obj struct{ n int }

func (o obj) m(name string) int { return t(name, o.n) }

func get(name string, b bool) bool {
	trace = append(trace, name)
	return b
}

func sum3(a, b, c int) int { return a + b + c }

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x)
	flush()

	fmt.Println(sum3(t("1", 1), t("2", 2), t("3", 3)))
	flush()

	s := []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	fmt.Println(s, len(m))
	flush()

	o := obj{5}
	y := o.m("m1") - o.m("m2")
	fmt.Println(y)
	flush()

	// Short-circuit evaluation.
	if get("f", false) && get("never", true) {
	}
	if get("t", true) || get("never", true) {
	}
	_ = get("x", false) || get("y", true) && get("z", false)
	flush()

	// Assignment: all operands first, then left-to-right assignment.
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = t("rhs1", 2), t("rhs2", 9) // arr[0] is set, not arr[2]
	fmt.Println(i, arr)
	flush()

	a, b := 1, 2
	a, b = b+a, a*10
	fmt.Println(a, b)

	// Channel receives in an expression are ordered with calls.
	ch := make(chan int, 2)
	ch <- 100
	ch <- 200
	z := t("before", 1) + <-ch - <-ch + t("after", 0)
	fmt.Println(z)
	flush()

	// Increment on map entry and index computed once.
	cnt := map[string]int{}
	key := func() string { trace = append(trace, "key"); return "k" }
	cnt[key()] += 5
	cnt[key()]++
	fmt.Println(cnt)
	flush()
}
