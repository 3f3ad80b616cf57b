// run

package main

import (
	"strings"
	"unicode/utf8"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	println(sb.String(), sb.Len(), sb.Cap())
	s := "the quick brown fox jumps over the lazy dog"
	println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	println(strings.Index(s, "the"), strings.Index(s, "cat"), strings.Index(s, ""), strings.LastIndex(s, "the"), strings.LastIndex(s, "o"))
	println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	parts := strings.Split("a,b,,c", ",")
	println(len(parts), parts[0], parts[1], parts[2], parts[3])
	f := strings.Fields("  one two\tthree\n four  ")
	println(len(f), strings.Join(f, "+"))
	println(strings.Repeat("ab", 3), strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HeLLo ÄÖÜ"))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("abc", "", "."))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	println(r.Replace("<a>b</a>"))
	println(strings.TrimSpace("  \t hi there \n\r "), strings.Trim("xxhixyx", "xy"), strings.Title("hello wide world"))
	println(utf8.RuneCountInString("héllo"), utf8.ValidString("a\xffb"))
	b, a, ok := strings.Cut("key=value", "=")
	println(b, a, ok)
}
