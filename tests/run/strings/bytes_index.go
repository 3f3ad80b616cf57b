// run

package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[len(s):] == "")
	fmt.Printf("%T %T\n", s[0], s[1:2])

	t := s[:5] + "!" + " " + s[7:]
	fmt.Println(t, len(t))
	t += "?"
	fmt.Println(t)

	words := []string{"apple", "Apple", "banana", "app", "", "apple"}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		fmt.Printf("%q %q: == %v != %v < %v <= %v > %v >= %v\n", a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
	}

	// strings are immutable; byte loop
	var sum int
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println("byte sum", sum)

	// multibyte: len counts bytes
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2], u[:3])
	fmt.Printf("% x\n", u)

	// string built in a loop
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))

	// raw strings and escapes
	raw := `a\nb\t"c"`
	esc := "a\nb\t\"c\"\x41\u00e9\101"
	fmt.Println(len(raw), raw)
	fmt.Println(len(esc), esc)

	// comparison with empty and substring sharing
	var empty string
	fmt.Println(empty == "", len(empty), s[5:5] == empty)
	sub := s[0:4]
	fmt.Println(sub == "hell", sub < s, "Z" < "a", "abc" < "abd", "ab" < "abc")
}
