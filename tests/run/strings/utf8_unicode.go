// run

package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0x10FFFF, 0x110000, 0xD800} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for _, s := range []string{"", "abc", "héllo", "日本語", "a\xffb", "\xe4\xb8"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneCount([]byte(s)), utf8.Valid([]byte(s)))
	}
	s := "a世\xffz"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%q %d\n", r, size)
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	lr, ls := utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(lr), ls)

	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ñ', '€', '𝄞', 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n])
	}
	out := utf8.AppendRune(nil, '世')
	fmt.Println(out, utf8.RuneStart(out[0]), utf8.RuneStart(out[1]), utf8.FullRune(out[:2]))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)

	for _, c := range "aZ5 \t\n_é世Ⅷ" {
		fmt.Printf("%q L=%v D=%v S=%v U=%v Lo=%v P=%v N=%v up=%q lo=%q\n", c, unicode.IsLetter(c), unicode.IsDigit(c),
			unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsPunct(c), unicode.IsNumber(c),
			unicode.ToUpper(c), unicode.ToLower(c))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.MaxRune, string(unicode.ReplacementChar))
}
