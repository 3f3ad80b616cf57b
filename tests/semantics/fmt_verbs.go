// run

// fmt formatting: Print/Println/Sprint spacing rules, the general verbs
// (%v %+v %#v %T %%), integer verbs (%d %b %o %O %x %X %c %q %U), float
// verbs (%e %E %f %F %g %G), string verbs (%s %q %x), %t, %p-free pointer
// printing via %v of pointer-to-struct, widths, precisions, flags
// (- + # 0 space), argument indexes, star widths, and error cases
// (missing/extra arguments, wrong types).
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
	Name string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Err struct{}

func (Err) Error() string { return "custom error" }

func main() {
	// Print adds spaces between operands when neither is a string;
	// Println always adds spaces and a newline.
	fmt.Print(1, 2, "a", "b", 3, "\n")
	fmt.Println(1, 2, "a", "b", 3)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(fmt.Sprintln("z")))

	p := Point{1, -2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	fmt.Printf("%v %#v %v %#v\n", []int{1, 2}, []int{1, 2}, map[string]int{"b": 2, "a": 1}, map[string]bool{"k": true})
	fmt.Printf("%v %#v %v %v\n", [2]bool{true}, "quoted", nil, []string(nil))
	fmt.Printf("%v %d %s\n", Celsius(21.5), []int{3, 4}, []string{"s1", "s2"})
	fmt.Printf("%v %s\n", Err{}, errors.New("plain"))
	fmt.Printf("100%%\n")

	// Integers.
	n := 255
	fmt.Printf("%d %b %o %O %x %X %#x %#o %#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c %q %U %#U\n", 0x4E16, 'x', 0x1F600, 'é')
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [% x]\n", 42, 42, 42, 42, 42, -255, []byte{1, 171})
	fmt.Printf("%d %d %d %v\n", int8(-5), uint64(1<<63), -9223372036854775808, uintptr(10))

	// Floats.
	f := 1234.5678
	fmt.Printf("%e %E %f %F %g %G\n", f, f, f, f, f, f)
	fmt.Printf("[%.2f] [%8.2f] [%-8.2f] [%08.2f] [%+.1f] [%.0f] [%.3g]\n", f, f, f, f, f, 2.5, f)
	fmt.Printf("%v %v %v %v %v %v\n", 1.0, 1e21, 1e20, 0.000001, 0.0000001, float32(0.1))
	fmt.Println(3.0, 2.5e-8, 100000000.0, -0.0, 1e6, 123456789.0)

	// Strings and bools.
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [%X] [% x]\n", "go", "go", "go", "gopher", "a\tb", "hi", "hi", "hi")
	fmt.Printf("%t %v %q %+q %#q\n", true, false, "é", "é", "back`tick")

	// Width and precision from arguments; explicit argument indexes.
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)

	// Errors in format strings are reported inline.
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)

	// Sprintf, Fprintf to stdout and stderr, Errorf.
	msg := fmt.Sprintf("%s=%d", "k", 9)
	fmt.Fprintf(os.Stdout, "stdout: %s\n", msg)
	fmt.Fprintln(os.Stderr, "stderr line")
	err := fmt.Errorf("wrap: %w", Err{})
	fmt.Println(err, errors.Unwrap(err) == Err{})

	// Nested structures and pointers inside structures.
	type Inner struct{ A []int }
	type Outer struct {
		I  Inner
		P  *int
		M  map[string]Inner
		IF interface{}
	}
	o := Outer{I: Inner{[]int{1}}, M: map[string]Inner{"k": {}}, IF: 3}
	fmt.Printf("%v\n%+v\n", o, o)
}
