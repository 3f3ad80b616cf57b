// run

package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	var h [20]uint64
	for r := rune(-3); r <= 0x110003; r++ {
		fs := [...]bool{unicode.IsControl(r), unicode.IsDigit(r), unicode.IsGraphic(r), unicode.IsLetter(r), unicode.IsLower(r), unicode.IsMark(r), unicode.IsNumber(r), unicode.IsPrint(r), unicode.IsPunct(r), unicode.IsSpace(r), unicode.IsSymbol(r), unicode.IsTitle(r), unicode.IsUpper(r)}
		for i, f := range fs {
			if f {
				h[i] = h[i]*31 + uint64(r)
			}
		}
		h[13] = h[13]*31 + uint64(unicode.ToUpper(r))
		h[14] = h[14]*31 + uint64(unicode.ToLower(r))
		h[15] = h[15]*31 + uint64(unicode.ToTitle(r))
		h[16] = h[16]*31 + uint64(unicode.SimpleFold(r))
		h[17] = h[17]*31 + uint64(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			h[18] = h[18]*31 + uint64(r)
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		rr, m := utf8.DecodeRune(buf[:n])
		h[19] = h[19]*31 + uint64(rr) + uint64(m)*7 + uint64(n)
	}
	fmt.Println(h)
	fmt.Println(unicode.To(unicode.UpperCase, 'a'), unicode.Version)
	// all 1-3 byte sequences, from one buffer (no allocation per sequence)
	var d [8]uint64
	big := make([]byte, 0, 3*256*256*256)
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for c := 0; c < 256; c += 7 {
				big = append(big, byte(a), byte(b), byte(c))
			}
		}
	}
	bigs := string(big)
	for i := 0; i < len(big); i += 3 {
		for k := 0; k <= 3; k++ {
			q := big[i : i+k]
			qs := bigs[i : i+k]
			r, n := utf8.DecodeRune(q)
			r2, n2 := utf8.DecodeLastRune(q)
			r3, n3 := utf8.DecodeRuneInString(qs)
			r4, n4 := utf8.DecodeLastRuneInString(qs)
			d[0] = d[0]*31 + uint64(r) + uint64(n)
			d[1] = d[1]*31 + uint64(r2) + uint64(n2)
			d[2] = d[2]*31 + uint64(r3) + uint64(n3) + uint64(r4) + uint64(n4)
			if utf8.FullRune(q) {
				d[3]++
			}
			if utf8.FullRuneInString(qs) {
				d[4]++
			}
			if utf8.Valid(q) {
				d[5]++
			}
			if utf8.ValidString(qs) {
				d[6]++
			}
			d[7] = d[7]*31 + uint64(utf8.RuneCount(q)) + uint64(utf8.RuneCountInString(qs))
		}
	}
	fmt.Println(d)
	// 4-byte sequences
	var e [4]uint64
	for _, a := range []byte{0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xE0, 0xED, 0xC2, 0x80} {
		for b := 0; b < 256; b++ {
			for c := 0x70; c < 0xD0; c++ {
				for x := 0x70; x < 0xD0; x += 3 {
					q := [5]byte{a, byte(b), byte(c), byte(x), 'z'}
					for k := 3; k <= 5; k++ {
						r, n := utf8.DecodeRune(q[:k])
						r2, n2 := utf8.DecodeLastRune(q[:k])
						e[0] = e[0]*31 + uint64(r) + uint64(n)
						e[1] = e[1]*31 + uint64(r2) + uint64(n2)
						if utf8.FullRune(q[:k]) {
							e[2]++
						}
						if utf8.Valid(q[:k]) {
							e[3]++
						}
					}
				}
			}
		}
	}
	fmt.Println(e)
	fmt.Println(string(utf8.AppendRune(nil, 0x10FFFF)), utf8.AppendRune([]byte("x"), -1), utf8.RuneStart(0x80), utf8.FullRune([]byte{0xE2, 0x82}))
}
