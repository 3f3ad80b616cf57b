// run

package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 40; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Println("len", len(s), "cap", cap(s))
			prevCap = cap(s)
		}
	}

	a := append([]int(nil), 1, 2, 3)
	fmt.Println(a, len(a), cap(a))
	a = append(a, 4, 5)
	fmt.Println(a, len(a), cap(a))
	a = append(a, a...)
	fmt.Println(a, len(a), cap(a))

	var bs []byte
	bs = append(bs, 'x')
	fmt.Println(len(bs), cap(bs))
	bs = append(bs, "hello world"...)
	fmt.Println(string(bs), len(bs), cap(bs))

	// aliasing: append within capacity writes into shared array
	base := make([]int, 3, 6)
	x := append(base, 10)
	y := append(base, 20)
	fmt.Println(x, y, x[3] == y[3])

	// append beyond capacity detaches
	full := []int{1, 2, 3}
	p := append(full, 4)
	p[0] = 100
	fmt.Println(full, p)

	// append to subslice overwrites original
	orig := []int{1, 2, 3, 4, 5}
	sub := orig[:2]
	sub = append(sub, 99)
	fmt.Println(orig, sub)

	// delete element idiom
	del := []string{"a", "b", "c", "d", "e"}
	i := 2
	del = append(del[:i], del[i+1:]...)
	fmt.Println(del, len(del), cap(del))

	// insert idiom
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)

	// appending nothing
	var nn []int
	nn = append(nn)
	fmt.Println(nn == nil, len(nn))
	nn = append(nn, []int{}...)
	fmt.Println(nn == nil)

	// structs appended by value
	type P struct{ X, Y int }
	ps := []P{}
	pt := P{1, 2}
	ps = append(ps, pt)
	pt.X = 50
	ps = append(ps, pt)
	fmt.Println(ps)

	// slice of strings grows
	var words []string
	for _, w := range []string{"go", "is", "fun"} {
		words = append(words, w+"!")
	}
	fmt.Println(words, len(words))
}
