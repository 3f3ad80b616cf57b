// run

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	ss := []string{"", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "\xff\xfeab", "日本語", "aaa", "  spaced  out  ", "\u0085x\u00a0y\u2003"}
	seps := []string{"", ",", "a", "ab", "l", "本", "\xff", " "}
	for _, s := range ss {
		fmt.Printf("%q: F=%q TS=%q U=%q L=%q T=%q Ti=%q\n", s, strings.Fields(s), strings.TrimSpace(s), strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf("  V=%q\n", strings.ToValidUTF8(s, "?"))
		for _, sep := range seps {
			fmt.Printf("  %q: S=%q SA=%q SN2=%q SAN2=%q C=%d I=%d LI=%d IA=%d LIA=%d Cut=%q T=%q TL=%q TR=%q R=%q\n", sep,
				strings.Split(s, sep), strings.SplitAfter(s, sep), strings.SplitN(s, sep, 2), strings.SplitAfterN(s, sep, 2),
				strings.Count(s, sep), strings.Index(s, sep), strings.LastIndex(s, sep), strings.IndexAny(s, sep), strings.LastIndexAny(s, sep),
				func() []string { b, a, f := strings.Cut(s, sep); return []string{b, a, fmt.Sprint(f)} }(),
				strings.Trim(s, sep), strings.TrimLeft(s, sep), strings.TrimRight(s, sep), strings.Replace(s, sep, "<>", -1))
		}
	}
	for _, r := range []rune{'a', 'é', 0xFFFD, -1, 0x10FFFF + 1, '本', 'z'} {
		fmt.Println(r, strings.IndexRune("abc\xffé本", r), strings.ContainsRune("xyz", r))
	}
	fmt.Println(strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "b"), strings.EqualFold("ab", "a"))
	fmt.Println(strings.Map(func(r rune) rune { return r }, "a\xffb"), strings.Map(func(r rune) rune { if r == 'a' { return -1 }; return r }, "banana"))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.LastIndexFunc("go123", unicode.IsDigit), strings.LastIndexFunc("go", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("  ¡¡¡Hello, Gophers!!!  ", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Println(strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.NewReplacer("a", "1", "b", "2", "c", "3").Replace("abcabc"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "aaa", "3").Replace("aaaa"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("aé"))
	fmt.Printf("%q\n", strings.NewReplacer("", "X", "a", "Y").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "Y", "", "X").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("hello", "HI", "world", "EARTH").Replace("hello world, hello!"))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("abc"))
	fmt.Println(strings.Repeat("x", 1), strings.Compare("", ""), strings.Clone("hey"), strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join([]string{}, "x") == "")
	fmt.Println(strings.ContainsAny("hello", ""), strings.ContainsAny("", ""), strings.ContainsAny("héllo", "é"))
	long := strings.Repeat("ab", 10000) + "abc"
	fmt.Println(strings.Index(long, "abc"), strings.Count(long, "ab"), strings.LastIndex(long, "ba"), strings.Index(long, "abd"), strings.Index(strings.Repeat("a", 5000)+"b", strings.Repeat("a", 100)+"b"))
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 20; i++ {
		b.WriteRune('é')
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	n, err := b.Write([]byte("xyz"))
	fmt.Println(n, err, b.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}
