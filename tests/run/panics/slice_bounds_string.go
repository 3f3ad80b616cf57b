// run

package main

import "fmt"

func main() {
	s := "hello"
	for i := 0; i <= len(s); i += 2 {
		fmt.Printf("%q\n", s[i:])
	}
	end := len(s) + 3
	fmt.Println(s[1:end])
}
