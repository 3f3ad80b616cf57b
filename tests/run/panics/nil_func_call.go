// run

package main

import "fmt"

func main() {
	handlers := map[string]func() string{
		"a": func() string { return "handled a" },
	}
	fmt.Println(handlers["a"]())
	h := handlers["b"]
	fmt.Println("handler b is nil:", h == nil)
	fmt.Println(h())
}
