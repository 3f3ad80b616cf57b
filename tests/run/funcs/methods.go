// run

package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int       { return c.n }
func (c Counter) IncValue()      { c.n++ }
func (c *Counter) IncPointer()   { c.n++ }
func (c *Counter) Named() string { return c.name }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Str string

func (s Str) Upper() Str {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return Str(b)
}

type Matrix [2][2]int

func (m Matrix) Det() int { return m[0][0]*m[1][1] - m[0][1]*m[1][0] }
func (m *Matrix) Transpose() {
	m[0][1], m[1][0] = m[1][0], m[0][1]
}

type Celsius float64
type Temp struct{ C Celsius }

func (t *Temp) Warm(d Celsius) *Temp {
	t.C += d
	return t
}

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println(c.Get())
	c.IncPointer()
	c.IncPointer()
	fmt.Println(c.Get(), c.Named())
	pc := &c
	pc.IncValue()
	pc.IncPointer()
	fmt.Println(pc.Get(), c.n)

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))

	fmt.Println(Str("hello").Upper(), Str("MiXeD 1").Upper())

	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Det())
	m.Transpose()
	fmt.Println(m, m.Det())

	t := &Temp{}
	t.Warm(1.5).Warm(2).Warm(-0.25)
	fmt.Println(t.C)

	counters := []Counter{{"a", 0}, {"b", 10}}
	for i := range counters {
		counters[i].IncPointer()
	}
	for _, cc := range counters {
		cc.IncPointer() // copy only
	}
	fmt.Println(counters)

	mp := map[string]*Counter{"x": {name: "x"}}
	mp["x"].IncPointer()
	fmt.Println(mp["x"].n)
}
