package strconv

// Package strconv: Go's "strconv" for Gust. Integer conversions are
// written in Go here; float formatting/parsing and quoting are native
// (stdlib crate, `gust_strconv_*`).
//
// Not offered: FormatComplex/ParseComplex (Gust has no complex types).

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }
func rangeError(fn, str string) *NumError  { return &NumError{fn, str, ErrRange} }
func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}
func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func Itoa(i int) string { return FormatInt(int64(i), 10) }

func FormatInt(i int64, base int) string {
	if i >= 0 {
		return FormatUint(uint64(i), base)
	}
	var buf [66]byte
	n := formatBits(buf[:], uint64(-i), base)
	n--
	buf[n] = '-'
	return string(buf[n:])
}

func FormatUint(i uint64, base int) string {
	var buf [65]byte
	n := formatBits(buf[:], i, base)
	return string(buf[n:])
}

// formatBits writes the digits of u in base at the end of buf and returns
// the index of the first digit.
func formatBits(buf []byte, u uint64, base int) int {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		q := u / b
		buf[i] = digits[u-q*b]
		u = q
	}
	i--
	buf[i] = digits[u]
	return i
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

func lower(c byte) byte { return c | ('x' - 'X') }

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	var cutoff uint64
	switch base {
	case 10:
		cutoff = 1<<64/10 + 1
	case 16:
		cutoff = 1<<64/16 + 1
	default:
		cutoff = (1<<64-1)/uint64(base) + 1
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for _, c := range []byte(s) {
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fnParseUint, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fnParseInt
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

func Atoi(s string) (int, error) {
	const fnAtoi = "Atoi"
	sLen := len(s)
	if 0 < sLen && sLen < 19 {
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fnAtoi, s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			ch := s[i] - '0'
			if ch > 9 {
				return 0, syntaxError(fnAtoi, s0)
			}
			n = n*10 + int(ch)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fnAtoi
	}
	return int(i64), err
}

// underscoreOK reports whether underscores in s are allowed: only between
// digits or between a base prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// Native: float formatting and parsing, quoting (stdlib crate).
func format_float(f float64, fmt byte, prec, bitSize int) string
func parse_float(s string, bitSize int) (float64, int)
func quote(s string, mode int) string
func quote_rune(r rune, mode int) string
func unquote(s string) (string, int)
func is_print(r rune) bool
func is_graphic(r rune) bool

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return format_float(f, fmt, prec, bitSize)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, format_float(f, fmt, prec, bitSize)...)
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parse_float(s, bitSize)
	switch code {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

func Quote(s string) string                  { return quote(s, 0) }
func QuoteToASCII(s string) string           { return quote(s, 1) }
func QuoteToGraphic(s string) string         { return quote(s, 2) }
func QuoteRune(r rune) string                { return quote_rune(r, 0) }
func QuoteRuneToASCII(r rune) string         { return quote_rune(r, 1) }
func QuoteRuneToGraphic(r rune) string       { return quote_rune(r, 2) }
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func quoted_prefix(s string) (string, int)
func unquote_char(s string, quote byte) (value rune, multibyte bool, tail string, code int)

func QuotedPrefix(s string) (string, error) {
	q, code := quoted_prefix(s)
	if code != 0 {
		return "", ErrSyntax
	}
	return q, nil
}

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, code := unquote_char(s, quote)
	if code != 0 {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

func Unquote(s string) (string, error) {
	u, code := unquote(s)
	if code != 0 {
		return "", ErrSyntax
	}
	return u, nil
}

func IsPrint(r rune) bool   { return is_print(r) }
func IsGraphic(r rune) bool { return is_graphic(r) }

func CanBackquote(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '`' || c == 0x7f || (c < ' ' && c != '\t') {
			return false
		}
	}
	for _, r := range s {
		if r == 0xFFFD {
			return false
		}
	}
	return true
}
