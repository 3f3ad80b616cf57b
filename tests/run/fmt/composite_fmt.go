// run

package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   interface{}
	Err   error
	Func  func()
	Ch    []*Inner
	Bytes []byte
	priv  bool
}

type Tree struct {
	L, R *Tree
	V    int
}

func main() {
	in := Inner{1, []string{"x", "y"}}
	o := Outer{Name: "o", In: in, Ptr: nil, M: map[string]int{"b": 2, "a": 1}, Any: 3.5, Err: errors.New("bad"), Bytes: []byte("hi"), priv: true}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	var zero Outer
	fmt.Printf("%v\n%+v\n", zero, zero)

	fmt.Println(&in, []*Inner{}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v\n", Tree{V: 1})
	t := Tree{L: &Tree{V: 1}, V: 2}
	fmt.Printf("%v %v %+v\n", t.L, *t.L, t.R)

	m := map[string][]int{"z": {1}, "a": nil, "m": {2, 3}}
	fmt.Println(m)
	fmt.Printf("%v %d %#v\n", m, map[int]string{2: "b", 1: "a"}, map[string]bool{"t": true})
	mm := map[string]map[int]bool{"x": {3: true, 1: false}}
	fmt.Println(mm)
	mp := map[string]*Inner{"k": {A: 5}}
	fmt.Printf("%v %+v\n", len(mp), *mp["k"])

	var nilMap map[string]int
	var nilSlice []string
	var nilPtr *Inner
	var nilIface interface{}
	var nilErr error
	var nilFunc func()
	fmt.Println(nilMap, nilSlice, nilPtr, nilIface, nilErr, nilFunc == nil)
	fmt.Printf("%v %v %v %v %v\n", nilMap, nilSlice, nilPtr, nilIface, nilErr)
	fmt.Printf("%+v %#v %#v %#v %#v\n", nilPtr, nilMap, nilSlice, nilPtr, nilIface)
	fmt.Printf("%d %s\n", nilSlice, nilSlice)

	anon := struct {
		A, B int
		C    struct{ D string }
	}{1, 2, struct{ D string }{"d"}}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
	arr := [2][]int{{1}, {}}
	fmt.Println(arr, len(arr[1]))
	ifs := []interface{}{1, "a", nil, []int{2}, map[string]int{"q": 1}, (*Inner)(nil), Inner{}}
	fmt.Println(ifs)
	fmt.Printf("%v\n%+v\n", ifs, ifs)
	fmt.Println([]error{errors.New("e1"), nil})
	ppi := &nilPtr
	fmt.Println(*ppi)
}
