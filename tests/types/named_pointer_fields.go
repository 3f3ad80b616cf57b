// compile

// Fields are selected through a named pointer type, and parenthesized
// receives and map indexes keep their comma-ok forms.
package main

type node struct {
	val  int
	next *node
}

type list *node

func main() {
	var l list = &node{val: 1}
	l.val = 2
	_ = l.next
	c := make(chan int, 1)
	c <- 1
	v, ok := (<-c)
	m := map[string]int{}
	w, ok2 := (m["k"])
	(m["k"]) = v + w
	_, _ = ok, ok2
}
