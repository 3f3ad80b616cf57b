// run

package main

import (
	"errors"
	"fmt"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type File struct{ data string }

func (f *File) Read() string   { return f.data }
func (f *File) Write(s string) { f.data += s }

type Const string

func (c Const) Read() string { return string(c) }

func describe(vals ...interface{}) {
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Println("nil case")
		case int, int64:
			fmt.Printf("integer %T %v\n", x, x)
		case string:
			fmt.Println("string", len(x))
		case Reader:
			fmt.Println("reader", x.Read())
		case error:
			fmt.Println("error", x)
		case func() int:
			fmt.Println("func", x())
		case map[string]int:
			fmt.Println("map", len(x))
		default:
			fmt.Printf("default %T\n", x)
		}
	}
}

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	fmt.Println(i.(int) + 1)

	var r Reader = &File{"hello"}
	if w, ok := r.(Writer); ok {
		w.Write(" world")
	}
	fmt.Println(r.Read())
	r = Const("const")
	w, ok := r.(Writer)
	fmt.Println(w == nil, ok)
	fp, ok := r.(*File)
	fmt.Println(fp == nil, ok)
	cv, ok := r.(Const)
	fmt.Println(cv, ok)

	var empty interface{}
	_, ok = empty.(int)
	fmt.Println(ok)
	_, ok = empty.(interface{})
	fmt.Println(ok)

	var e error = errors.New("oops")
	var anyE interface{} = e
	if er, ok := anyE.(error); ok {
		fmt.Println("is error:", er)
	}
	if _, ok := anyE.(fmt.Stringer); !ok {
		fmt.Println("not a stringer")
	}

	describe(nil, 1, int64(2), "abc", &File{"f"}, Const("c"), e, func() int { return 7 }, map[string]int{"a": 1}, 3.5, []string{})

	// assertion to the same interface type
	var rr Reader = Const("x")
	r2 := rr.(Reader)
	fmt.Println(r2.Read())
	// nil interface type switch
	var nr Reader
	switch nr.(type) {
	case nil:
		fmt.Println("nil reader")
	default:
		fmt.Println("non-nil")
	}
	_, ok = nr.(Const)
	fmt.Println(ok)
}
