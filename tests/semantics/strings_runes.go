// run

// Strings are immutable byte sequences: len counts bytes, indexing yields
// bytes, slicing shares bytes, range decodes UTF-8; conversions to []byte
// and []rune; comparison is bytewise; concatenation; unicode/utf8 helpers;
// and the commonly used functions of package strings and strings.Builder.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Grüße, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[0], s[2], string(s[0]))
	fmt.Println(s[:2], s[7:], s[len(s)-1:])
	fmt.Println(reverseRunes(s))

	// Bytes versus runes.
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b)
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, string(r), size, utf8.RuneLen('é'), utf8.ValidString("a\xffb"))
	lr, lsize := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(lr), lsize)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(buf, utf8.RuneError)

	// Comparison is lexicographic by bytes.
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "" < "a", "go" == "g"+"o")

	// Concatenation in a loop and with +=.
	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc)

	// Package strings.
	fmt.Println(strings.Contains(s, "ße"), strings.Index(s, "世"), strings.IndexByte("abc", 'c'), strings.IndexRune(s, '界'))
	fmt.Println(strings.HasPrefix(s, "Gr"), strings.HasSuffix(s, "!"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀB"), strings.TrimSpace("  t  "), strings.Trim("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	// Strings share storage when sliced but are immutable, so copies are
	// unobservable.
	orig := "immutable"
	sub := orig[2:5]
	orig = "changed"
	fmt.Println(sub, orig)

	// Multi-line raw string processing.
	text := `line one
line two
line three`
	for i, line := range strings.Split(text, "\n") {
		fmt.Println(i, strings.Fields(line)[1])
	}
}
