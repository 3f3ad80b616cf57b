// compile

// Type declaration and type literal forms: defined types and aliases
// (single and grouped), arrays, slices, maps, pointers, func types,
// structs with embedded fields (T, *T, pkg.T, *pkg.T) and tags, interfaces
// with embedded interfaces, and parenthesized types.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Celsius float64

type (
	ID     int64
	Name   = string // alias
	Bytes  []byte
	Matrix [3][3]float64
	Lookup map[string][]int
	Ptr    *int
	PtrPtr **Celsius
	Set    map[ID]struct{}
	Nested map[string]map[string][]*Celsius
	Op     func(a, b int) int
	Pred   func(int) bool
	Thunk  func()
	Multi  func(string, ...int) (int, error)
	Named  func(x int) (y int, err error)
	HOF    func(func(int) int) func(int) int
	Arr    [4 * 2]byte
	Paren  (int)
	PArr   *[2]int
	ArrP   [2]*int
	AnyI   = interface{}
)

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Other struct{ name string }

type Record struct {
	Base                   // embedded T
	*Other                 // embedded *T
	strings.Builder        // embedded pkg.T
	*sync.WaitGroup        // embedded *pkg.T
	a, b            int    // several names, one type
	c               string `json:"c,omitempty"` // tag
	d               []int  "raw tag in a plain string"
	_               int    // blank field (padding)
	inner           struct {
		x, y float64
	}
	fn func(int) string
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Closer interface{ Close() error }

type ReadCloser interface {
	Reader // embedded interface
	Closer
	fmt.Stringer // embedded pkg interface
	Extra(int, ...string) bool
}

type Empty interface{}

type Celsiuses []Celsius

func main() {
	var (
		r  Record
		rc ReadCloser
		e  Empty = 3
		a  AnyI  = "s"
		n  Name  = "alias"
		s  string
		m  Matrix
		p  Paren = 5
		ar Arr
	)
	s = n // Name is identical to string
	r.Base.id = 1
	r.a, r.b = 2, 3
	r.inner.x = 1.5
	r.WriteString("builder")
	m[1][2] = 4
	var cs Celsiuses = []Celsius{1, 2}
	var op Op = func(a, b int) int { return a + b }
	var pp *[2]int = new([2]int)
	var pa PArr = pp
	var h HOF = func(f func(int) int) func(int) int { return f }
	var ptrs [2]*int
	var ap ArrP = ptrs
	fmt.Println(r.ID(), rc == nil, e, a, s, m[1][2], p, len(ar), cs, op(1, 2), pa[0], h != nil, ap[0] == nil)
}
