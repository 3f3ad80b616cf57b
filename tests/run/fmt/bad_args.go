// run

package main

import (
	"fmt"
	"os"
)

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %s\n", 1, "a", "extra", 3.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f %e\n", "s", 3)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%x %d\n", S{10}, S{11})
	fmt.Printf("%s\n", S{12})
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, []interface{}{nil})
	fmt.Printf("no verbs\n", 1, "two")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("trailing %d%")
	fmt.Println()
	fmt.Printf("%[3]d %d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", -1, 5)
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	s := fmt.Sprintf("%d-%s", 3)
	fmt.Println(s, len(s))
	fmt.Fprintf(os.Stdout, "%q %v\n", 65, true)
	fmt.Println(fmt.Sprintf("%v %v", []int{1}), fmt.Sprintf("%p", 5))
}
