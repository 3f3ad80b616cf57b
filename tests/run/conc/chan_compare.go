// run

package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	a2 := a
	fmt.Println(a == a2, a == b, a != b)

	var n1, n2 chan int
	fmt.Println(n1 == nil, n1 == n2, a == nil)

	// Channels as map keys.
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[a2], names[b], len(names))
	names[a2] = "a again"
	fmt.Println(names[a], len(names))
	_, found := names[make(chan int)]
	fmt.Println("fresh channel found:", found)
	names[nil] = "nil"
	fmt.Println(names[n1], len(names))

	// Channels inside comparable structs and interfaces.
	type handle struct {
		id int
		c  chan int
	}
	h1 := handle{1, a}
	h2 := handle{1, a}
	h3 := handle{1, b}
	fmt.Println(h1 == h2, h1 == h3)
	var i1, i2 interface{} = a, a2
	var i3 interface{} = b
	fmt.Println(i1 == i2, i1 == i3)

	// A set of channels, e.g. subscribers; delete one and count.
	subs := map[chan string]bool{}
	var list []chan string
	for i := 0; i < 4; i++ {
		c := make(chan string, 1)
		subs[c] = true
		list = append(list, c)
	}
	delete(subs, list[2])
	for _, c := range list {
		if subs[c] {
			c <- "msg"
		}
	}
	for i, c := range list {
		fmt.Println(i, len(c))
	}
}
