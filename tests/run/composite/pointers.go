// run

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func newCounter() *int {
	c := 0
	return &c
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := new(int)
	fmt.Println(*p, p != nil)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, *q, p == q)

	c1 := newCounter()
	c2 := newCounter()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 == c2)

	var np *int
	fmt.Println(np == nil, np)

	pp := &p
	**pp = 7
	fmt.Println(*p, **pp)

	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{3, nil}
	for cur := n; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()

	s := new(struct{ A, B int })
	s.A = 3
	(*s).B = 4
	fmt.Println(*s, s.A+s.B)

	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	for i, v := range pa {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(len(pa))
	pe := &arr[2]
	*pe = 30
	fmt.Println(arr)

	sl := []int{1, 2, 3}
	ps := &sl[0]
	*ps = 100
	fmt.Println(sl)

	type T struct{ V [2]int }
	t := T{}
	pv := &t.V
	pv[0] = 9
	fmt.Println(t)

	// pointer to struct printing
	fmt.Printf("%v %+v\n", &Node{Val: 5}, &struct{ A int }{1})
	pn := new([]string)
	*pn = append(*pn, "a")
	fmt.Println(*pn, len(*pn))
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
}
