// run

package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	if t.Left == nil && t.Right == nil {
		return t.Key
	}
	return "(" + t.Left.String() + " " + t.Key + " " + t.Right.String() + ")"
}

func main() {
	var root *Tree
	fmt.Println(root.Size(), root.Height(), root)
	for _, w := range strings.Fields("m d t b f p w a c e g m t z") {
		root = root.Insert(w)
	}
	fmt.Println(root.Size(), root.Height())
	fmt.Println(root)
	var keys []string
	root.InOrder(func(n *Tree) {
		keys = append(keys, fmt.Sprintf("%s:%d", n.Key, n.Count))
	})
	fmt.Println(strings.Join(keys, " "))
	for _, k := range []string{"m", "g", "z", "q"} {
		n, d := root.Find(k)
		if n == nil {
			fmt.Println(k, "not found after", d, "steps")
		} else {
			fmt.Println(k, "found at depth", d, "count", n.Count)
		}
	}
}
