// run

package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = s[:5]
	fmt.Println(s, len(s), cap(s))
	s = s[2:]
	fmt.Println(s, len(s), cap(s))

	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil, len(nilS), cap(nilS))
	fmt.Println(nilS, empty)
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS)

	// copy
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	fmt.Println(copy(dst, []int{}), copy([]int(nil), src))

	// three-index slices
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := base[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(base)
	t = append(t, 200)
	t[0] = -2
	fmt.Println(base, t, len(t))
	u := base[:0:0]
	fmt.Println(u, len(u), cap(u))

	// slicing a slice beyond len but within cap
	r := base[1:3]
	fmt.Println(r, r[:cap(r)])

	// slices share storage
	a := []string{"a", "b", "c", "d"}
	b := a[1:3]
	b[0] = "B"
	fmt.Println(a, b)

	// slice of string
	str := "abcdef"
	fmt.Println(str[1:4], str[:0] == "", str[4:])

	// modification through function
	double := func(xs []int) {
		for i := range xs {
			xs[i] *= 2
		}
	}
	nums := []int{1, 2, 3}
	double(nums)
	double(nums[1:])
	fmt.Println(nums)

	// 2D via make
	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		for j := range m[i] {
			m[i][j] = i * j
		}
	}
	fmt.Println(m, len(m[2]))
}
