// run

// Method sets and receivers: value receivers operate on a copy, pointer
// receivers mutate; automatic & and * on calls; method values bind the
// receiver at evaluation time; method expressions take the receiver as
// the first argument; methods on embedded pointers.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int   { return c.n }
func (c Counter) IncCopy()   { c.n++ } // no effect on the caller
func (c *Counter) Inc()      { c.n++ }
func (c *Counter) Add(k int) { c.n += k }

type Getter interface{ Get() int }
type Incer interface {
	Getter
	Inc()
}

type Wrapper struct{ *Counter }

func main() {
	var c Counter
	c.IncCopy()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n) // (*p).Get()

	// Method value bound now: the value receiver is copied at this point.
	get := c.Get
	inc := c.Inc // binds &c
	inc()
	inc()
	fmt.Println(get(), c.Get())

	// Method expressions.
	fGet := Counter.Get
	fAdd := (*Counter).Add
	fGetP := (*Counter).Get
	fAdd(&c, 10)
	fmt.Println(fGet(c), fGetP(&c))

	// Interface satisfaction: Counter has Get; *Counter has Get and Inc.
	var g Getter = c
	var g2 Getter = &c
	var ic Incer = &c
	ic.Inc()
	fmt.Println(g.Get(), g2.Get(), ic.Get())

	// Embedded pointer: Wrapper's method set includes Inc and Get.
	w := Wrapper{&Counter{100}}
	w.Inc()
	var ic2 Incer = w
	ic2.Inc()
	fmt.Println(w.Get(), w.n)

	// Methods on slice/map elements: slice elements are addressable.
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for i := range cs {
		cs[i].Add(5)
	}
	fmt.Println(cs)
	mp := map[string]*Counter{"a": {0}}
	mp["a"].Inc()
	fmt.Println(mp["a"].n)
}
