// run

package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d: %q %U %d\n", i, r, r, r)
	}
	bad := "a\xffb\xe4\xb8c\xc0\x80"
	for i, r := range bad {
		fmt.Printf("%d: %q %U\n", i, r, r)
	}
	n := 0
	for range bad {
		n++
	}
	fmt.Println("runes in bad:", n, "bytes:", len(bad))
	for i := range "xyz" {
		fmt.Print(i, " ")
	}
	fmt.Println()

	b := []byte(s)
	fmt.Println(len(b), b)
	b[0] = 'A'
	fmt.Println(string(b), s)

	rs := []rune(s)
	fmt.Println(len(rs), rs)
	rs[1] = 'E'
	fmt.Println(string(rs))

	rb := []rune(bad)
	fmt.Println(len(rb), rb)
	fmt.Printf("%q\n", string(rb))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var r rune = 'ß'
	fmt.Println(string(r), len(string(r)))

	// reverse by runes
	rev := []rune("Hello, 世界")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))

	// bytes back to string with invalid sequence
	raw := []byte{0x68, 0x69, 0xff, 0xe2, 0x82, 0xac}
	str := string(raw)
	fmt.Printf("%q %d %v\n", str, len(str), []rune(str))
	var nb []byte
	fmt.Printf("%q\n", string(nb))
	fmt.Println([]byte(""), len([]rune("")))
}
