// compile

// Every statement form of the subset in one place: declarations inside
// functions, short variable declarations, all assignment operators, inc/dec,
// if/else chains with init statements, all for forms, range forms, switch
// and type switch forms, select forms, go, defer, return, labeled
// break/continue, goto, fallthrough, empty and block statements.
package main

import "fmt"

func stmts(ch chan int, in <-chan string, out chan<- string) (r int) {
	// Declaration statements.
	const k = 3
	var v int
	var (
		a, b = 1, 2
		c    float64
	)
	type local struct{ x int }
	type alias = local

	// Short variable declarations (with redeclaration of one name).
	x, y := 1, 2
	x, z := 3, 4
	_ = z

	// Assignment operators.
	v = 10
	v += 1
	v -= 1
	v *= 2
	v /= 2
	v %= 7
	v &= 0xff
	v |= 1
	v ^= 2
	v <<= 1
	v >>= 1
	v &^= 4
	v++
	v--
	a, b = b, a
	_, _ = x, y
	_ = c
	var s alias
	s.x++

	// If statements.
	if v > 0 {
	}
	if w := v * 2; w > 10 {
	} else if w > 5 {
	} else {
	}
	if ok := true; !ok {
	}

	// For statements.
	for i := 0; i < k; i++ {
	}
	for v < 100 {
		v *= 2
	}
	for {
		break
	}
	for ; ; v-- {
		if v < 0 {
			break
		}
	}
	for i := 0; i < 3; {
		i++
	}
	var i int
	for i = 0; i < 2; i++ {
	}

	// Range statements.
	arr := [3]int{1, 2, 3}
	sl := []int{4, 5}
	m := map[string]int{"a": 1}
	for range sl {
	}
	for i := range arr {
		_ = i
	}
	for i, e := range &arr {
		_, _ = i, e
	}
	for _, e := range sl {
		_ = e
	}
	for key, val := range m {
		_, _ = key, val
	}
	for pos, r := range "héllo" {
		_, _ = pos, r
	}
	for e := range ch {
		_ = e
		break
	}
	var idx int
	var el int
	for idx, el = range sl {
	}
	_, _ = idx, el

	// Expression switches.
	switch {
	}
	switch v {
	case 1, 2, 3:
	case 4:
		fallthrough
	case 5:
	default:
	}
	switch q := v % 3; q {
	case 0:
		break
	}
	switch q := v; {
	case q > 1:
	}
	switch f := 1.5; {
	default:
		_ = f
	}

	// Type switches.
	var e interface{} = v
	switch e.(type) {
	}
	switch t := e.(type) {
	case int:
		_ = t + 1
	case string, error:
		_ = t
	case nil:
	default:
	}
	switch n := 1; t := e.(type) {
	case fmt.Stringer:
		_, _ = n, t
	}

	// Select statements.
	var msg string
	var ok bool
	select {
	case ch <- 1:
	case got := <-ch:
		_ = got
	case msg, ok = <-in:
	case msg = <-in:
	case got, ok2 := <-in:
		_, _ = got, ok2
	case <-in:
	case out <- "s":
	default:
	}
	_, _ = msg, ok
	select {
	default:
	}

	// go and defer with calls, closures and method values.
	go func() {}()
	go fmt.Sprint("x")
	defer func() {}()
	defer fmt.Sprint("deferred")
	defer close(ch)

	// Labels, break, continue, goto.
outer:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case j == 2:
				break inner
			}
			select {
			default:
				break outer
			}
		}
	}
	goto end
end:
	// Empty statement, labeled empty statement and block.
	;
	{
		{
		}
	}
	return v
}

func noResult() {
	return
}

func main() {
	noResult()
	_ = stmts(make(chan int, 1), nil, nil)
}
