// run

// Lexical forms of literals: integers in every base with '_' separators,
// floats (decimal and hex), rune escapes, interpreted and raw strings.
package main

import "fmt"

func main() {
	// Integer literals.
	fmt.Println(0, 42, 4_2, 1_000_000)
	fmt.Println(0x1F, 0X1f, 0x_dead_BEEF)
	fmt.Println(0o17, 0O17, 017, 0_17)
	fmt.Println(0b1011, 0B1011, 0b_1010_0101)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)

	// Float literals.
	fmt.Println(1.5, .5, 1., 1e3, 1E-3, 6.02e+23, 1_000.000_5)
	fmt.Println(0x1p4, 0x1.8p1, 0X.8p0, 0x1p-2, 0x_1_0p0)
	fmt.Println(0.0, 00.5, 0e0, 09.5, 012e1)

	// Rune literals and their escapes.
	fmt.Println('a', 'é', '世', '😀')
	fmt.Println('\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'')
	fmt.Println('\x41', '\101', '\u00e9', '\U0001F600', '\000', '\xff', '\377')

	// Interpreted strings with escapes.
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"")
	fmt.Println("\x41\102\u00e9\U0001F600", len("\xff\u00ff"))
	fmt.Println("tab:\there", "quote:\"", "single:'")

	// Raw strings: no escapes, may span lines.
	raw := `C:\path\n "quoted" 'single'
second line
	indented third`
	fmt.Println(raw)
	fmt.Println(len(``), `\n` == "\\n", `a` + `b`)
}
