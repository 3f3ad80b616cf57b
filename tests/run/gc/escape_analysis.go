// run

// Locals whose address is taken: those whose pointer only reaches
// callees that do not keep it stay on the stack, the others move to the
// heap. Every pattern here must behave the same either way, with
// collections forced while stack and heap pointers are live.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	val  int
	next *node
}

var keep []*int
var global *node

func inc(p *int)                { *p++ }
func add(p *int, v int)         { *p += v; churn() }
func through(p *int)            { inc(p); add(p, 2) }
func stash(p *int)              { keep = append(keep, p) }
func ret(p *int) *int           { return p }
func viaLocal(p *int)           { q := p; *q += 10 }
func viaGoroutine(p *int, done chan bool) {
	go func() { *p += 100; done <- true }()
}
func recurse(p *int, n int) {
	if n == 0 {
		return
	}
	*p += n
	recurse(p, n-1)
}
func pingA(p *int, n int) {
	if n > 0 {
		*p += 1
		pingB(p, n-1)
	}
}
func pingB(p *int, n int) {
	if n > 0 {
		*p *= 2
		pingA(p, n-1)
	}
}
func leakLater(p *int, n int) {
	if n == 0 {
		stash(p)
		return
	}
	leakLater(p, n-1)
}

func churn() {
	for i := 0; i < 200; i++ {
		_ = make([]byte, 512)
	}
}

func (n *node) push(v int) { n.next = &node{val: v, next: n.next}; churn() }
func (n *node) sum() int {
	s := 0
	for c := n; c != nil; c = c.next {
		s += c.val
	}
	return s
}
func (n *node) register() { global = n }

func fill(a *[4]int) {
	for i := range a {
		a[i] = i * i
	}
	churn()
}

func main() {
	a := 1
	inc(&a)
	through(&a)
	fmt.Println("a", a)

	b := 5
	stash(&b)
	b++
	runtime.GC()
	fmt.Println("b", b, *keep[0])

	c := 7
	p := ret(&c)
	*p = 8
	fmt.Println("c", c)

	d := 1
	viaLocal(&d)
	fmt.Println("d", d)

	e := 0
	done := make(chan bool)
	viaGoroutine(&e, done)
	<-done
	fmt.Println("e", e)

	f := 0
	recurse(&f, 10)
	g := 1
	pingA(&g, 6)
	fmt.Println("f g", f, g)

	h := 3
	leakLater(&h, 5)
	h = 4
	runtime.GC()
	fmt.Println("h", h, *keep[1])

	// A struct local with pointer methods, holding heap pointers while the
	// collector runs.
	var list node
	for i := 1; i <= 20; i++ {
		list.push(i)
	}
	runtime.GC()
	fmt.Println("list", list.sum())

	var reg node
	reg.val = 42
	reg.register()
	runtime.GC()
	fmt.Println("reg", global.val, global == &reg)

	var arr [4]int
	fill(&arr)
	fmt.Println("arr", arr)

	// Per-iteration variables whose address is passed on.
	total := 0
	for i := 0; i < 5; i++ {
		v := i
		add(&v, 1)
		total += v
	}
	fmt.Println("total", total)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	runtime.GC()
	fmt.Println("ptrs", *ptrs[0], *ptrs[1], *ptrs[2])

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println("sb", sb.String())

	// Named result whose address is taken.
	fmt.Println("named", named())

	// Addresses that only reach non-leaking callees allocate nothing.
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	sum := 0
	for i := 0; i < 10000; i++ {
		y := i
		var pair [2]int
		inc(&y)
		recurse(&pair[1], 3)
		sum += y + pair[1]
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("sum", sum, "allocs < 100:", m2.Mallocs-m1.Mallocs < 100)
}

func named() (r int) {
	add(&r, 41)
	inc(&r)
	return
}
