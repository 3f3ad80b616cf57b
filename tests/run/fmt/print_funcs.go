// run

package main

import (
	"fmt"
	"os"
)

type T struct{ N int }

func main() {
	fmt.Println("a", 1, 2, "b", "c", 3.5, true)
	fmt.Print("a", 1, 2, "b", "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", "y", "\n")
	fmt.Print(T{1}, T{2}, "\n")
	fmt.Print(nil, nil, "\n")
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	s = fmt.Sprint(1, 2.5, 'x', true, []int{1})
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%d+%d=%d", 2, 3, 5)
	fmt.Println(s, len(s))
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)

	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "héllo")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprint(os.Stderr, "stderr no newline", 3, "\n")
	fmt.Fprintf(os.Stderr, "stderr %s\n", "formatted")
	fmt.Fprintln(os.Stdout, "back to stdout")
	os.Stdout.WriteString("raw write\n")
	os.Stderr.WriteString("raw stderr\n")
	fmt.Print()
	fmt.Print("")
	fmt.Println("end")
	e := fmt.Errorf("code %d: %s", 7, "bad")
	fmt.Println(e, e.Error())
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), fmt.Sprintln() == "\n")
}
