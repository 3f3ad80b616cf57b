// run

package main

import (
	"fmt"
	"unicode"
)

func main() {
	var h [8]uint64
	tabs := []*unicode.RangeTable{unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Letter, unicode.Lu, unicode.Nd, unicode.Pd, unicode.White_Space, unicode.Hiragana, unicode.Katakana, unicode.Common, unicode.Zs, unicode.C, unicode.Other, unicode.Mn, unicode.Sc, unicode.Hex_Digit}
	for r := rune(-2); r <= 0x110001; r++ {
		for i, t := range tabs {
			if unicode.Is(t, r) {
				h[i%8] = h[i%8]*31 + uint64(r) + uint64(i)
			}
		}
		if unicode.In(r, unicode.Han, unicode.Hangul) {
			h[0]++
		}
		if unicode.IsOneOf(unicode.GraphicRanges, r) != unicode.IsGraphic(r) {
			h[1]++
		}
		if unicode.IsOneOf(unicode.PrintRanges, r) != (unicode.IsPrint(r) && r != ' ') {
			h[2]++
		}
	}
	fmt.Println(h)
	my := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}, R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1}}}
	fmt.Println(unicode.Is(my, 'a'), unicode.Is(my, 'b'), unicode.Is(my, 0x1F601), unicode.Is(my, 'A'), unicode.Is(unicode.Upper, 'A'), unicode.In('é', unicode.Latin))
	n := 0
	for _, r := range "Hello, 世界! Привет мир. こんにちは" {
		if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Cyrillic) {
			n++
		}
	}
	fmt.Println(n)
}
