// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	fmt.Fprintf(&sb, "[%d]", 42)
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "the"), strings.Index(s, "cat"), strings.Index(s, ""))
	fmt.Println(strings.LastIndex(s, "the"), strings.LastIndex(s, "o"), strings.LastIndex(s, "q!"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexByte(s, 'Q'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))

	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c", "x"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))

	f := strings.Fields("  one two\tthree\n four  ")
	fmt.Printf("%d %q\n", len(f), f)
	fmt.Printf("%q\n", strings.Fields("   "))

	fmt.Println(strings.Join(f, "+"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0)+"|", strings.Repeat("=", 10))

	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
