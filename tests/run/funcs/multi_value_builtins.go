// run

// A lone multi-valued call supplies every argument of append, copy,
// delete, print and println, and of a method expression's call (the first
// result being the receiver).
package main

import "fmt"

func pair(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func str(a []byte) ([]byte, string)  { return a, "xyz" }
func grow() ([]int, int, int)        { return []int{1}, 2, 3 }
func keyed(m map[string]int) (map[string]int, string) {
	return m, "b"
}
func three() (int16, float64, string) { return -42, 42.0, "x" }

type counter int

func (c *counter) add(n int) int { *c += counter(n); return int(*c) }

func (c counter) plus(a, b int) int { return int(c) + a + b }

func mk() (*counter, int)        { c := counter(10); return &c, 5 }
func mkv() (counter, int, int)   { return 1, 2, 3 }

func main() {
	a := []byte{1, 2, 3}
	fmt.Println(copy(pair(a)), a)
	b := []byte{1, 2, 3, 4}
	fmt.Println(copy(str(b)), b)
	fmt.Println(append(grow()))
	m := map[string]int{"a": 1, "b": 2}
	delete(keyed(m))
	fmt.Println(len(m), m)
	print(three())
	println()
	println(three())
	fmt.Println((*counter).add(mk()))
	fmt.Println(counter.plus(mkv()))
}
