// run

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	var m map[string][]int
	fmt.Println(len(m["k"]))
	m["k"] = append(m["k"], 1)
}
