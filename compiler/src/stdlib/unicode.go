package unicode

// Package unicode: character classes, range tables and case mappings of
// Unicode 13.0.0 (the version of Go 1.19). The body-less functions are
// natives (stdlib/src/unicode.rs, `gust_unicode_*`) backed by tables
// generated from Go 1.19's own predicates, so they answer exactly like Go.
//
// Range tables: every category, the most used scripts and properties are
// predefined (see the generated block). Their contents live in the native
// tables, so their R16 and R32 fields are empty; tables that programs
// build themselves are searched here in Go.
//
// Not declared: the Categories, Scripts and Properties maps, the rarer
// scripts and properties, SpecialCase, CaseRange.

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

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when
// one or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
	id          int // 1 + index in the native tables; 0 for other tables
}

// inTable reports whether r is in the predefined table id.
func inTable(id int, r rune) bool

func init() {
	for i := range tables {
		tables[i].id = i + 1
	}
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return inTable(rangeTab.id, r)
	}
	if r < 0 {
		return false
	}
	for _, rg := range rangeTab.R16 {
		lo, hi := rune(rg.Lo), rune(rg.Hi)
		if lo <= r && r <= hi {
			return rg.Stride == 1 || (r-lo)%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		lo, hi := rune(rg.Lo), rune(rg.Hi)
		if lo <= r && r <= hi {
			return rg.Stride == 1 || (r-lo)%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The
// function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// GraphicRanges defines the set of graphic characters according to
// Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// ---- generated: go run stdlib/tests/go/unicode_tables.go -go ----

var tables [77]RangeTable

// Predefined tables (contents are native; R16 and R32 are empty).
var (
	C                    = &tables[0]
	Cc                   = &tables[1]
	Cf                   = &tables[2]
	Co                   = &tables[3]
	Cs                   = &tables[4]
	L                    = &tables[5]
	Ll                   = &tables[6]
	Lm                   = &tables[7]
	Lo                   = &tables[8]
	Lt                   = &tables[9]
	Lu                   = &tables[10]
	M                    = &tables[11]
	Mc                   = &tables[12]
	Me                   = &tables[13]
	Mn                   = &tables[14]
	N                    = &tables[15]
	Nd                   = &tables[16]
	Nl                   = &tables[17]
	No                   = &tables[18]
	P                    = &tables[19]
	Pc                   = &tables[20]
	Pd                   = &tables[21]
	Pe                   = &tables[22]
	Pf                   = &tables[23]
	Pi                   = &tables[24]
	Po                   = &tables[25]
	Ps                   = &tables[26]
	S                    = &tables[27]
	Sc                   = &tables[28]
	Sk                   = &tables[29]
	Sm                   = &tables[30]
	So                   = &tables[31]
	Z                    = &tables[32]
	Zl                   = &tables[33]
	Zp                   = &tables[34]
	Zs                   = &tables[35]
	Arabic               = &tables[36]
	Armenian             = &tables[37]
	Bengali              = &tables[38]
	Common               = &tables[39]
	Cyrillic             = &tables[40]
	Devanagari           = &tables[41]
	Georgian             = &tables[42]
	Greek                = &tables[43]
	Gujarati             = &tables[44]
	Gurmukhi             = &tables[45]
	Han                  = &tables[46]
	Hangul               = &tables[47]
	Hebrew               = &tables[48]
	Hiragana             = &tables[49]
	Inherited            = &tables[50]
	Kannada              = &tables[51]
	Katakana             = &tables[52]
	Khmer                = &tables[53]
	Lao                  = &tables[54]
	Latin                = &tables[55]
	Malayalam            = &tables[56]
	Mongolian            = &tables[57]
	Myanmar              = &tables[58]
	Oriya                = &tables[59]
	Sinhala              = &tables[60]
	Tamil                = &tables[61]
	Telugu               = &tables[62]
	Thai                 = &tables[63]
	Tibetan              = &tables[64]
	ASCII_Hex_Digit      = &tables[65]
	Dash                 = &tables[66]
	Diacritic            = &tables[67]
	Hex_Digit            = &tables[68]
	Hyphen               = &tables[69]
	Ideographic          = &tables[70]
	Pattern_Syntax       = &tables[71]
	Pattern_White_Space  = &tables[72]
	Quotation_Mark       = &tables[73]
	Sentence_Terminal    = &tables[74]
	Terminal_Punctuation = &tables[75]
	White_Space          = &tables[76]
)

// Long names of the categories.
var (
	Digit  = Nd
	Letter = L
	Lower  = Ll
	Mark   = M
	Number = N
	Other  = C
	Punct  = P
	Space  = Z
	Symbol = S
	Title  = Lt
	Upper  = Lu
)

// ---- end of generated declarations ----
