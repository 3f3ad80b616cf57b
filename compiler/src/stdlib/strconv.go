package strconv

// Package strconv: declarations of the exported API of Go's "strconv"
// package that Gust offers. The Gust type checker parses this file to learn
// the package's API; the function bodies are supplied natively by Gust's
// stdlib.
//
// Not declared: FormatComplex/ParseComplex (Gust has no complex types).

// IntSize is the size in bits of an int or uint value. Go writes it as
// 32 << (^uint(0) >> 63); Gust targets 64-bit ints only.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax error

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Itoa(i int) string
func Atoi(s string) (int, error)

func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)

func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string

func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func AppendQuoteToGraphic(dst []byte, s string) []byte

func Quote(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
func CanBackquote(s string) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
