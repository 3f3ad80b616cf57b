// run

// Value semantics of structs and arrays (copied on assignment, on passing
// and on return) versus pointers, slices and maps (which share); new();
// pointers to fields and array elements; escaping locals; a linked list
// and a binary tree built with pointers; array and struct equality; nil
// pointer dereference panics.
package main

import "fmt"

type Vec struct{ X, Y int }

type Bag struct {
	Items [3]int
	Tags  []string
	Ptr   *Vec
}

func modifyValue(b Bag)    { b.Items[0] = -1; b.Tags[0] = "shared"; b.Ptr.X = -1 }
func modifyPtr(b *Bag)     { b.Items[0] = 42 }
func newVec(x, y int) *Vec { v := Vec{x, y}; return &v } // escapes

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key)
	t.Right.Walk(f)
}

func main() {
	a := [3]int{1, 2, 3}
	b := a // copy
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3}, a != b)

	v := Vec{1, 2}
	w := v
	w.X = 50
	fmt.Println(v, w)

	bag := Bag{Items: [3]int{1, 2, 3}, Tags: []string{"t"}, Ptr: &Vec{}}
	modifyValue(bag)
	fmt.Println(bag.Items, bag.Tags, *bag.Ptr)
	modifyPtr(&bag)
	fmt.Println(bag.Items)

	// Pointers to fields and elements.
	px := &v.X
	*px = 7
	pe := &a[1]
	*pe *= 10
	fmt.Println(v, a)

	p1 := newVec(1, 1)
	p2 := newVec(1, 1)
	fmt.Println(p1 == p2, *p1 == *p2)
	np := new(Vec)
	np.Y = 3
	fmt.Println(*np)
	ip := new(int)
	*ip++
	fmt.Println(*ip)

	// Linked list.
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, "->")
	}
	fmt.Println("nil")

	// Binary tree with methods on nil receivers.
	var root *Tree
	for _, k := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(k)
	}
	var keys []int
	root.Walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys)

	// Arrays of structs are values; slices of structs share.
	arr := [2]Vec{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	sl := arr[:]
	sl[1].Y = 9
	fmt.Println(arr, arr2)

	// Dereferencing a nil pointer panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *Vec
		fmt.Println(p.X)
	}()
}
