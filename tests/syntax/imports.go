// compile

// Import declaration forms: single, grouped, aliased, dot and blank imports,
// plus a second import declaration after the first one.
package main

import "fmt"

import (
	"errors"
	_ "sort"
	. "strconv"
	str "strings"

	utf "unicode/utf8"
)

import m "math"

func main() {
	s := str.ToUpper("gust")            // aliased package
	n := Itoa(42)                       // dot import: strconv.Itoa
	e := errors.New("e")                // plain grouped import
	r := utf.RuneCountInString("héllo") // aliased path with a slash
	fmt.Println(s, n, e, r, m.Sqrt(4))
}
