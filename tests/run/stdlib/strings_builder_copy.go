// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.Len(), b.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	b.WriteString("y")
}
