// run

package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			err = fmt.Errorf("bad digit %q", c)
			return
		}
		n = n*10 + int(c-'0')
	}
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, nums ...int) string {
	return fmt.Sprintf("%s%d:%v nil=%v", prefix, len(nums), nums, nums == nil)
}

func pass(nums []int) (int, int) { return len(nums), sum(nums...) }

func modifyVariadic(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func three() (int, string, bool) { return 3, "three", true }

func takeThree(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func anyArgs(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)

	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}

	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(describe("a"), describe("b", 1, 2), describe("c", nums...), describe("d", []int{}...))
	fmt.Println(pass(nums))

	modifyVariadic(nums...)
	fmt.Println(nums)
	modifyVariadic(7, 8)
	fmt.Println(takeThree(three()))

	anyArgs()
	anyArgs(1, "a", nil, 2.5)
	vals := []interface{}{"x", 1}
	anyArgs(vals...)
	anyArgs(vals)

	// swap via multiple assignment
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 2, 9
	fmt.Println(i, xs)

	fmt.Println(fmt.Sprint(divmod(100, 7)))
}
