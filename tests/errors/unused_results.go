// errorcheck

// Expression statements: only calls and receive operations may stand
// alone as statements.  Other expressions (arithmetic, comparisons,
// variables, literals, conversions, calls of builtins like len/cap/append,
// method values) are reported as "... is not used".
package main

type T struct{}

func (T) M() int { return 1 }

func f() int { return 1 }

func main() {
	x := 1
	ch := make(chan int, 1)
	var t T

	x + 1 // ERROR "x \+ 1 .*is not used"
	x == 2 // ERROR "is not used"
	x // ERROR "x .*is not used"
	"literal" // ERROR "is not used"
	int64(x) // ERROR "is not used"
	len("abc") // ERROR "is not used"
	append([]int{}, x) // ERROR "is not used"
	t.M // ERROR "is not used"
	f // ERROR "is not used"
	-x // ERROR "is not used"

	// Fine: calls (results may be discarded) and receives.
	f()
	t.M()
	ch <- 1
	<-ch
	func() {}()
	copy([]int{}, []int{})
}
