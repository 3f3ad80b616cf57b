//go:build ignore

// Generates stdlib/tests/data/strconv_*.txt, the expected outputs of Go
// 1.19's strconv for the Rust unit tests in stdlib/src/strconv_tests.rs:
//
//	cd stdlib/tests/go && go run strconv_cases.go
//
// Byte strings are written in hex so that any bytes survive.
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func errCode(err error) int {
	if err == nil {
		return 0
	}
	e := err.(*strconv.NumError).Err
	switch {
	case e == strconv.ErrSyntax:
		return 1
	case e == strconv.ErrRange:
		return 2
	case strings.HasPrefix(e.Error(), "invalid base"):
		return 3
	default:
		return 4
	}
}

func floats(r *rand.Rand) []float64 {
	vs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 0.25, 0.35, 1.005,
		100, 1e6, 1e20, 1e21, 1e23, 123456789, 1e-4, 1e-5, 0.000123, 3.14159265358979,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e308, 1e-308,
		float64(float32(0.1)), float64(math.MaxFloat32), float64(math.SmallestNonzeroFloat32),
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 9007199254740993, 0.3, 2.0 / 3, 1.0 / 3,
		123456, 1234567, 12345678.9, 999999.5, 9.5, 0.95, 0.095, 99.99, 1e15, 1e16, 1e17, 4.35, 1e-7,
		float64(1 << 53), 295147905179352825856, 8.41e21, 5.5, 6.5, -0.0000123}
	for i := 0; i < 80; i++ {
		vs = append(vs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 60; i++ {
		vs = append(vs, float64(r.Int63n(2000000)-1000000)/math.Pow(10, float64(r.Intn(12))))
	}
	for i := 0; i < 60; i++ {
		vs = append(vs, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 30; i++ {
		vs = append(vs, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	return vs
}

func main() {
	r := rand.New(rand.NewSource(1))
	f, _ := os.Create("../data/strconv_format_float.txt")
	for _, v := range floats(r) {
		for _, fc := range []byte("eEfgGbxX") {
			for _, prec := range []int{-1, 0, 2, 6, 17} {
				if fc == 'b' && prec != -1 {
					continue
				}
				if fc == 'f' && prec > 6 && math.Abs(v) > 1e30 {
					continue
				}
				for _, bs := range []int{64, 32} {
					if bs == 32 && prec != -1 && prec != 2 {
						continue
					}
					fmt.Fprintf(f, "%016x %c %d %d %s\n", math.Float64bits(v), fc, prec, bs, strconv.FormatFloat(v, fc, prec, bs))
				}
			}
		}
	}
	f.Close()

	f, _ = os.Create("../data/strconv_parse_float.txt")
	inputs := []string{"1_000", "0x1_0p0", "1e-400", "-1e-400", "0x1p-2000", "0x1p2000", "1e400", "0x1",
		"0x.8p1", "1_e5", "1e1_0", "infinity", "+Inf", "-nan", "nan", "NaN", "-INFINITY", "infx", "inf",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "1e-320", "0x1p-1075", "0x1.0000000000001p-1075",
		"0x1.8p-1074", "3.4028236e38", "3.4028235e38", ".e1", "0x_1p0", "00x1p0", "1__0", "", "+", "-", ".",
		"1.", ".5", "-.5e-3", "1e", "1e+", "0x1p", "0x1p+", "0X1P-2", "0x1.8p1", "0x.1p4", "0xABCDEFp-24",
		"0x123456789abcdef01p0", "0x1.000000000000080000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "4.9e-324", "2.4e-324",
		"2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1_0.5", "1._5", "_1", "1_",
		"0x_", "0x", "1e10000000000", "0.000000000000000000000000000000000000001e39",
		"9007199254740993", "9007199254740992.5", "9007199254740993.0000000000001",
		"123456789012345678901234567890", "1.5e", "0x1p1_0", "0x1.p1", "0x.p1", "0e5", "-0", "+0.0e-99999",
		"1.401298464324817e-45", "7e-46", "7.1e-46", "1.1754942e-38", "16777217", "16777219", " 1", "1 ", "1e+308_"}
	pool := floats(r)
	for i := 0; i < 300; i++ {
		v := pool[r.Intn(len(pool))]
		fc := "eEfgx"[r.Intn(5)]
		inputs = append(inputs, strconv.FormatFloat(v, fc, r.Intn(25)-1, 64))
		// Random long decimal strings.
		n := 1 + r.Intn(30)
		var sb strings.Builder
		for j := 0; j < n; j++ {
			sb.WriteByte(byte('0' + r.Intn(10)))
			if j == n/2 && r.Intn(2) == 0 {
				sb.WriteByte('.')
			}
		}
		fmt.Fprintf(&sb, "e%d", r.Intn(700)-350)
		inputs = append(inputs, sb.String())
	}
	for _, s := range inputs {
		v64, e64 := strconv.ParseFloat(s, 64)
		v32, e32 := strconv.ParseFloat(s, 32)
		fmt.Fprintf(f, "%s %016x %d %016x %d\n", h(s), math.Float64bits(v64), errCode(e64), math.Float64bits(v32), errCode(e32))
	}
	f.Close()

	f, _ = os.Create("../data/strconv_parse_int.txt")
	ints := []string{"0_1", "0x", "0", "99999999999999999999x", "-9223372036854775808", "9223372036854775808",
		"9223372036854775807", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"_1", "1_", "0b_1", "0B11", "0o17", "-0x_F", "+5", "--5", "", "+", "-", "0x1g", "zz", "ZZ", "1__2",
		"0_x1", "0x_1_2", "127", "128", "-128", "-129", "255", "256", "0777", "08", "0o", "0b", "0b2", "1e3",
		"0xffffffffffffffff", "0x10000000000000000", "-0", "00", "0_0", "12_34", "0X_ff"}
	for _, s := range ints {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				i, ei := strconv.ParseInt(s, base, bits)
				u, eu := strconv.ParseUint(s, base, bits)
				fmt.Fprintf(f, "%s %d %d %d %d %d %d\n", h(s), base, bits, i, errCode(ei), u, errCode(eu))
			}
		}
	}
	f.Close()

	f, _ = os.Create("../data/strconv_format_int.txt")
	for _, v := range []int64{0, 1, -1, 35, -36, 1 << 40, math.MaxInt64, math.MinInt64, 123456789} {
		for base := 2; base <= 36; base++ {
			fmt.Fprintf(f, "%d %d %s %s\n", v, base, strconv.FormatInt(v, base), strconv.FormatUint(uint64(v), base))
		}
	}
	f.Close()

	f, _ = os.Create("../data/strconv_quote.txt")
	strs := []string{"", "hello", "a\"b'c\\d", "\a\b\f\n\r\t\v\x00\x1f\x7f", "héllo wörld", "日本語",
		"\xff\xfe", "a\xe2\x82", "\u00a0\u2000\u3000", "\u00ad", "\U0001F600 smile", "\u200b\ufeff",
		"\U000E0001", "\U0010FFFF", "\uFFFD", "tab\there", "`back`", "\u0301e", "\u0378", "\U0001F972",
		"\u2028\u2029", "\U00020000"}
	for _, s := range strs {
		fmt.Fprintf(f, "S %s %s %s %s %v\n", h(s), h(strconv.Quote(s)), h(strconv.QuoteToASCII(s)), h(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	for _, rr := range []rune{0, 'a', '\'', '"', '\\', '\n', 0x7f, 0xa0, 0xad, 0xe9, 0x2028, 0xfeff, 0xd800, 0x10ffff, 0x110000, -1, 0x1f600, 0xe0001, 0x3000, 0x378} {
		fmt.Fprintf(f, "R %d %s %s %s %v %v\n", rr, h(strconv.QuoteRune(rr)), h(strconv.QuoteRuneToASCII(rr)), h(strconv.QuoteRuneToGraphic(rr)), strconv.IsPrint(rr), strconv.IsGraphic(rr))
	}
	unq := []string{`"abc"`, `"a\nb"`, `'a'`, `'ab'`, "`raw\r\nx`", `"\x41\101\u00e9\U0001F600"`, `"\'"`, `'\"'`,
		`'\''`, `"\""`, `"unterminated`, `"a"b"`, `""`, `''`, "``", `"\400"`, `"\xZZ"`, `"\ud800"`, `'\xff'`,
		`'\u00ff'`, `"\q"`, "\"a\nb\"", "'\xff'", "\"\xff\"", `x`, `"`, `"abc"rest`, `'é'`, `"\\"`, `"\a\b\f\r\t\v"`}
	for _, s := range unq {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s)
		fmt.Fprintf(f, "U %s %s %v %s %v\n", h(s), h(u), err == nil, h(p), err2 == nil)
	}
	for _, s := range []string{`\n`, `\x41x`, `\u00e9`, `é`, `a`, `\'`, `\"`, `"`, `'`, `\`, `\400`, `\377`, `\U00110000`, "\xff"} {
		for _, q := range []byte{'"', '\'', '`'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Fprintf(f, "C %s %c %d %v %s %v\n", h(s), q, v, mb, h(tail), err == nil)
		}
	}
	f.Close()
}
