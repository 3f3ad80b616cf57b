// run

package main

import "fmt"

func main() {
	b := []byte("abc")
	start := 5
	fmt.Println(string(b[3:]))
	fmt.Println(string(b[start:]))
}
