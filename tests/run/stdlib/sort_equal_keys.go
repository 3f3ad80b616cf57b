// run

package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var seed uint64 = 12345

func rnd() int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int(seed >> 33)
}

func gen(n, pattern, mod int) []item {
	xs := make([]item, n)
	for i := range xs {
		var k int
		switch pattern {
		case 0:
			k = rnd() % mod
		case 1:
			k = i / 3
		case 2:
			k = (n - i) / 2
		case 3:
			k = i % mod
		case 4:
			k = 5
		case 5:
			if i%10 == 0 {
				k = rnd() % 100
			} else {
				k = i
			}
		case 6:
			k = i
			if i == n/2 {
				k = -1
			}
		case 7:
			k = (i * 7919) % mod
		}
		xs[i] = item{k, i}
	}
	return xs
}

func digest(xs []item) uint64 {
	var h uint64
	for _, x := range xs {
		h = h*1000003 + uint64(x.id)
	}
	return h
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for p := 0; p < 8; p++ {
			for _, mod := range []int{2, 7, 1000} {
				a := gen(n, p, mod)
				b := append([]item(nil), a...)
				c := append([]item(nil), a...)
				d := append([]item(nil), a...)
				sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
				sort.Sort(byKey(b))
				sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
				sort.Stable(sort.Reverse(byKey(d)))
				ok := sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }) && sort.IsSorted(byKey(b))
				fmt.Println(n, p, mod, digest(a), digest(b), digest(c), digest(d), ok)
				if n == 20 && p == 0 {
					fmt.Println(a)
				}
			}
		}
	}
	fs := []float64{3, -0.0, 0, 1, -0.0, 0, 2, 0, -0.0, 0, 0, -0.0, 0, 0, 0, -0.0, 5, 0, 0, -1}
	sort.Float64s(fs)
	fmt.Println(fs)
	is := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(is)
	strs := []string{"banana", "apple", "Cherry", "apple", ""}
	sort.Strings(strs)
	fmt.Println(is, strs, sort.SearchInts(is, 8), sort.SearchInts(is, 4), sort.SearchStrings(strs, "b"), sort.IntsAreSorted(is), sort.StringsAreSorted(strs))
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is, sort.IntSlice(is).Len())
	i, found := sort.Find(len(strs), func(i int) int {
		if "apple" < strs[i] {
			return -1
		} else if "apple" > strs[i] {
			return 1
		}
		return 0
	})
	fmt.Println(i, found)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(5, func(i, j int) bool { return false })
}
