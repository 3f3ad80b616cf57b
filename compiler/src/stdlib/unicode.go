package unicode

// Package unicode: character classes and case mappings of Unicode 13.0.0
// (the version of Go 1.19). The body-less functions are natives
// (stdlib/src/unicode.rs, `gust_unicode_*`) backed by tables generated from
// Go 1.19's own predicates, so they answer exactly like Go.
//
// Not declared: the range tables (RangeTable, Letter, Digit, Latin, ...),
// In/Is/IsOneOf, SpecialCase, CaseRange.

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
