// compile

// Types that refer to themselves through pointers, slices, maps, channels
// and functions are fine, also when declared in terms of each other.
package main

type T1 struct{ F *T2 }
type T2 T1
type T3 T2

func (*T3) M() {}

type List struct {
	next *List
	kids []List
	byID map[int]List
	ch   chan List
	fn   func(List) List
}

type A [2]*A

func main() {
	var t T3
	t.M()
	_ = List{}
	_ = A{}
}
