// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"hello", "tab\there", "quote\"s", "back\\slash", "nl\n", "é世", "\x00\x7f\xff", "bell\a"}
	for _, s := range inputs {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, a, back == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))

	for _, s := range []string{`"abc"`, "`raw\\n`", `'x'`, `"\u00e9\x41\101"`, `abc`, `"unterminated`, `'ab'`, `""`, `"a"b"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.IsPrint('a'), strconv.IsPrint('\t'))
}
