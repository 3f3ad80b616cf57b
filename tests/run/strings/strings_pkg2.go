// run

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "", "-", 3))
	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.ReplaceAll("abc", "", "."))

	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HeLLo ÄÖÜ"))

	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n\r "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "body"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".rs"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))

	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "lang"), strings.HasPrefix("x", ""))
	fmt.Println(strings.HasSuffix("golang", "lang"), strings.HasSuffix("golang", "go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))

	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	enc := strings.Map(rot13, "Hello, World!")
	fmt.Println(enc, strings.Map(rot13, enc))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a>b</a>"))
	fmt.Println(strings.ToTitle("abc"), strings.Index("ŷabc", "a"))
}
