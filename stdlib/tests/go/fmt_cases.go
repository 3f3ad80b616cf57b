//go:build ignore

// Generates stdlib/tests/data/fmt_cases.txt, the expected outputs of Go
// 1.19's fmt for the Rust unit tests in stdlib/src/fmt_tests.rs, which
// build the same values by hand (same names, same order of fields):
//
//	cd stdlib/tests/go && go run fmt_cases.go
//
// Each line is `name<TAB>hex(output)`.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
)

type Point struct{ X, Y int }
type Inner struct {
	A string
	B []int
}
type Outer struct {
	Name   string
	In     Inner
	P      *Point
	M      map[string]int
	hidden int
	Any    any
	E      error
}
type Str struct{ V int }

func (s Str) String() string { return fmt.Sprintf("Str<%d>", s.V) }

type PStr struct{ V int }

func (p *PStr) String() string { return "PStr!" }

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

type Both struct{}

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type Panicky struct{ X int }

func (Panicky) String() string { panic("boom") }

type NilPanicky struct{ X int }

func (n *NilPanicky) String() string { return fmt.Sprint("np", n.X) }

type Hidden struct{ s Str }
type Shown struct{ S Str }
type GoStr struct{ X int }

func (GoStr) GoString() string { return "GoStr!" }

type Level int

func (l Level) String() string { return "L" + fmt.Sprint(int(l)) }

type Celsius float64
type Bytes []byte
type Names []string
type Emb struct {
	Point
	Z int
}
type MyStr string
type ErrPanic struct{}

func (ErrPanic) Error() string { panic(errors.New("inner")) }

var out *os.File

func emit(name, s string) { fmt.Fprintf(out, "%s\t%s\n", name, hex.EncodeToString([]byte(s))) }
func pf(name, format string, a ...any) { emit(name, fmt.Sprintf(format, a...)) }
func p(name string, a ...any)          { emit(name, fmt.Sprint(a...)) }
func pl(name string, a ...any)         { emit(name, fmt.Sprintln(a...)) }

func main() {
	out, _ = os.Create("../data/fmt_cases.txt")
	defer out.Close()

	// Integers.
	pf("int_basic", "%d|%v|%+d|% d|%5d|%-5d|%05d|%x|%X|%#x|%o|%#o|%O|%b|%#b", 42, 42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 8, 5, 5)
	pf("int_neg", "%d|%+d|% d|%05d|%-05d|%x|%#X|%o|%b|%08.3d|%.0d|%.0d|%5.0d|", -42, -42, -42, -42, -42, -255, -255, -8, -5, -7, 0, 1, 0)
	pf("int_prec", "%.5d|%8.5d|%-8.5d|%+.3d|%#.4x|%#8x|%#08x|%+08d|% 08d", 42, 42, 42, 7, 10, 10, 10, 3, 3)
	pf("int_sizes", "%d %d %d %d %d %d %d %d %d %d", int8(-128), int16(-32768), int32(-5), int64(math.MinInt64), uint(7), uint8(255), uint16(65535), uint32(1<<32-1), uint64(1<<64-1), uintptr(12))
	pf("int_sharp_v", "%#v %#v %#v %#v %#v", 42, -42, uint(42), uint8(10), uintptr(255))
	pf("int_chars", "%c|%c|%q|%q|%+q|%U|%#U|%#U|%.6U|%c|%q|%U", 'A', 0x1F600, 'x', '\n', 'é', 0x1F600, 'A', '\n', 0x41, -1, 0x110000, -1)
	pf("int_star", "%*d|%-*d|%.*d|%*.*d|%*d", 5, 1, 5, 2, 3, 3, 6, 2, 4, -4, 7)
	pf("int_bad_star", "%*d|%.*d|%*d", "x", 1, "y", 2, 10000000, 3)
	pf("level", "%v|%d|%s|%x|%q|%5v|%-6s|%03d", Level(3), Level(3), Level(4), Level(5), Level(6), Level(7), Level(8), Level(9))

	// Floats.
	pf("float_v", "%v %v %v %v %v %v %v %v", 1.0, 0.1, 1e6, 1e21, 123456789.0, 1e-5, 0.0001, math.Copysign(0, -1))
	pf("float_v2", "%v %v %v %v %v", math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	pf("float32_v", "%v %v %v %v %v", float32(0.1), float32(1)/3, float32(16777216), float32(1e-7), float32(3.4e38))
	pf("float_e", "%e %E %.3e %.0e %#.0e %10.2e %-12.3E| %+e", 1234.5678, 0.000123, 1234.5678, 5.5, 5.5, -3.14159, 2.5, 1.0)
	pf("float_f", "%f %.3f %8.2f %-8.2f| %08.2f %+.1f % .2f %.0f %.0f %.0f %#.0f %F", 3.14159, 2.0/3, 3.14159, 3.14159, -3.14159, 2.25, 1.0, 0.5, 1.5, 2.5, 3.0, 1e10)
	pf("float_g", "%g %G %.3g %.10g %g %g %g %#g %#.3g %#g %g %.0g", 100000.0, 1e-7, 1234.5678, 1.0/3, 1e20, 1e-4, 1e-5, 1.0, 2.0, 123456.0, float32(0.1), 12.5)
	pf("float_special", "%5.2f|%-6v|%06v|%+v|% v|%+v|%08.3f|%x|%X|%.2x|%#x|%b", math.NaN(), math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.Inf(1), -1.5, 1.0, 255.5, 3.0, 1.0, 1.0)
	pf("float_big", "%f|%.2f|%e|%g|%v", 1e20, 1.23e25, 1e-300, 1e100, 12345678.0)
	pf("float_bad", "%d|%s|%q|%t", 1.5, 2.5, float32(3.5), 4.5)
	pf("celsius", "%v|%.1f|%T|%#v", Celsius(36.6), Celsius(-40), Celsius(1), Celsius(2))
	pf("float_sharp_v", "%#v %#v %#v %#v", 1.0, 1e6, 1e21, float32(0.5))

	// Strings and bytes.
	pf("str_basic", "%s|%v|%q|%x|%X|% x|%#x|% #x|%5s|%-5s|%.2s|%5.1s|%05s|%#q|%+q", "hi", "hi", "hi\n", "hi", "hi", "abc", "abc", "abc", "hé", "hé", "héllo", "héllo", "ab", "back`q", "héllo")
	pf("str_unicode", "%q|%+q|%#q|%x|%8q|%.3q|%q", "日本語", "日本語", "日本語", "é", "a", "abcdef", "\xff\x00")
	pf("str_bad", "%d|%t|%c", "hi", "x", "y")
	pf("str_sharp_v", "%#v|%#v|%#+v", "a\"b", "tab\t", "é")
	pf("bytes", "%v|%s|%q|%x|%X|% x|%d|%#v|%c|%5s|%.1x", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 2}, []byte{1, 2}, []byte("AB"), []byte("ab"), []byte("abc"))
	pf("bytes_nil", "%v|%s|%#v|%x|%q|%5x|", []byte(nil), []byte(nil), []byte(nil), []byte(nil), []byte(nil), []byte(nil))
	pf("named_bytes", "%v|%s|%x|%#v|%T", Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"))
	pf("byte_array", "%v|%s|%x|%#v|%q", [3]byte{65, 66, 67}, [3]byte{65, 66, 67}, [3]byte{1, 2, 3}, [3]byte{1, 2, 3}, [3]byte{65, 66, 67})
	pf("names", "%v|%q|%#v|%x|%5s", Names{"a", "b"}, Names{"a", "b"}, Names{"a", "b"}, Names{"a", "b"}, Names{"a", "b"})

	// Bools.
	pf("bools", "%t|%v|%6t|%-6v|%d|%#v|%06t", true, false, true, false, true, true, true)

	// Composites.
	pf("slices", "%v|%d|%x|%#v|%+v|%v|%#v|%v|%#v|%3d|%s", []int{1, 2, 3}, []int{1, 2}, []int{10, 255}, []int{1, 2}, []int{3}, []int(nil), []int(nil), []int{}, []int{}, []int{1, 22}, []int{7})
	pf("arrays", "%v|%#v|%v|%#v|%v", [3]int{1, 2, 3}, [2]bool{true, false}, [0]int{}, [2]string{"a", "b"}, [2][2]int{{1, 2}, {3, 4}})
	pf("strings_slice", "%v|%q|%#v|%s|%x|%d", []string{"a", "b c"}, []string{"a", "b"}, []string{"a"}, []string{"x", "y"}, []string{"hi", "yo"}, []string{"z"})
	pf("struct", "%v|%+v|%#v|%d|%s|%T", Point{1, 2}, Point{1, 2}, Point{1, 2}, Point{3, 4}, Point{5, 6}, Point{})
	pf("struct_ptr", "%v|%+v|%#v|%s|%T", &Point{1, 2}, &Point{1, 2}, &Point{1, 2}, &Point{7, 8}, &Point{})
	pf("ptr_nil", "%v|%+v|%#v|%s|%d|%T|%p|%5v|", (*Point)(nil), (*int)(nil), (*Point)(nil), (*Point)(nil), (*Point)(nil), (*int)(nil), (*int)(nil), (*int)(nil))
	inner := Inner{"x", []int{1, 2}}
	pf("nested", "%v|%+v|%#v", inner, inner, inner)
	o := Outer{Name: "o", In: inner, M: map[string]int{"b": 2, "a": 1}, hidden: 7, Any: 3.5, E: &Err{"bad"}}
	pf("outer", "%v|%+v", o, o)
	pf("outer_sharp", "%#v", Outer{Name: "n", hidden: -1})
	pf("outer_nil", "%v|%+v", Outer{}, Outer{})
	pf("emb", "%v|%+v|%#v", Emb{Point{1, 2}, 3}, Emb{Point{1, 2}, 3}, Emb{Point{1, 2}, 3})
	pf("anys", "%v|%d|%#v|%s", []any{1, "a", nil, 2.5, Str{3}, true}, []any{1, nil}, []any{1, "a", nil}, []any{"s", 1})
	pf("errs", "%v|%#v|%s", []error{nil, &Err{"x"}}, []error{nil}, []error{&Err{"y"}})
	pf("ptr_in_struct_nil", "%v|%+v", struct{ P *Point }{}, struct {
		P *int
		Q []int
	}{})
	pf("anon_struct", "%v|%#v|%T", struct{ A, b int }{1, 2}, struct{ A int }{1}, struct{ A int }{})
	pf("slice_of_ptr_nil", "%v|%#v", []*Point{nil}, []*int{nil})
	pf("ptr_to_slice", "%v|%#v|%v|%#v", &[]int{1}, &[]int{2}, &[2]string{"a", "b"}, &map[string]int{"k": 1})
	pf("iface_nil_field", "%v|%+v|%#v", struct{ A any }{}, struct{ E error }{}, struct{ A any }{})
	pf("iface_field", "%v|%#v|%+v", struct{ A any }{5}, struct{ A any }{"s"}, struct{ A any }{Point{1, 2}})

	// Maps.
	pf("map_str", "%v|%+v|%#v|%d|%s", map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"z": 1}, map[string]int{"b": 2, "a": 1}, map[string]int{"y": 1, "x": 2}, map[string]int{"q": 1})
	pf("map_int", "%v|%#v|%x", map[int]string{3: "c", -1: "z", 2: "b"}, map[int]bool{2: true, 1: false}, map[int]int{255: 16, 10: 1})
	pf("map_nil", "%v|%#v|%d|%+v", map[string]int(nil), map[string]int(nil), map[int]int(nil), map[int]int{})
	pf("map_float", "%v", map[float64]string{2.5: "b", math.NaN(): "nan", -1: "m", math.Inf(1): "inf", math.Inf(-1): "-inf"})
	pf("map_bool", "%v|%#v", map[bool]int{true: 1, false: 0}, map[bool]string{true: "t"})
	pf("map_struct_key", "%v|%#v", map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}, map[Point]int{{1, 0}: 1})
	pf("map_array_key", "%v", map[[2]int]string{{2, 0}: "x", {1, 9}: "y", {1, 3}: "z"})
	pf("map_any_key", "%v", map[any]int{3: 1, 1: 2, 2: 3})
	pf("map_any_key_nil", "%v", map[any]int{nil: 1, 5: 2})
	pf("map_nested", "%v|%#v", map[string][]int{"b": {1}, "a": {2, 3}}, map[string]map[string]int{"x": {"y": 1}})
	pf("map_stringer", "%v|%d|%#v", map[Level]Str{2: {5}, 1: {6}}, map[Level]Str{2: {5}, 1: {6}}, map[Level]Str{1: {6}})
	pf("map_byte_vals", "%v|%s|%x", map[string][]byte{"a": []byte("hi")}, map[string][]byte{"a": []byte("hi")}, map[string][]byte{"a": []byte("hi")})

	// Methods.
	pf("stringer", "%v|%s|%q|%x|%X|%d|%+v|%#v|%10v|%-8s|", Str{1}, Str{2}, Str{3}, Str{4}, Str{5}, Str{6}, Str{7}, Str{8}, Str{9}, Str{10})
	pf("stringer_ptr", "%v|%v|%s", &Str{1}, &PStr{2}, PStr{3})
	pf("stringer_nested", "%v|%v|%+v|%v|%v", []Str{{1}, {2}}, Shown{Str{3}}, Shown{Str{4}}, Hidden{Str{5}}, [1]Str{{6}})
	pf("stringer_in_any", "%v|%v|%v", []any{Str{1}, Level(2)}, struct{ A any }{Str{3}}, map[string]any{"k": Str{4}})
	pf("error", "%v|%s|%q|%d|%+v|%#v", &Err{"a"}, &Err{"b"}, &Err{"c"}, Both{}, Both{}, Both{})
	pf("error_nil_ptr", "%v|%s", (*Err)(nil), []*Err{nil})
	pf("panic_method", "%v|%s|%d|%x", Panicky{1}, Panicky{2}, Panicky{3}, Panicky{4})
	pf("panic_nil_recv", "%v|%s|%v", (*NilPanicky)(nil), []*NilPanicky{nil}, &NilPanicky{5})
	pf("panic_in_slice", "%v", []Panicky{{1}})
	pf("panic_error_value", "%v", struct{ A any }{1})
	pf("gostringer", "%#v|%v|%#v|%+v", GoStr{1}, GoStr{2}, []GoStr{{3}}, GoStr{4})
	pf("sharp_v_stringer", "%#v|%#v", Str{1}, Level(3))

	// Printf errors and argument handling.
	pf("bad_verb", "%z|%!|%ä|%d", 1, 2, 3, "s")
	pf("missing", "%d %s %v")
	pf("missing2", "%d %d", 1)
	pf("extra", "%d", 1, "x", 2.5, nil, Str{1})
	pf("extra_none", "hello", 1)
	pf("noverb", "%")
	pf("noverb2", "abc%5")
	pf("noverb3", "%-")
	pf("percent", "%%|%5%|%-5%|%d%%", 50)
	pf("index", "%[2]d %[1]d|%[2]*[1]d|%[3]*.[2]*[1]f|%d %d %#[1]x %#x", 1, 2, 3, 4)
	pf("index2", "%[1]d %[1]d %d", 7, 8)
	pf("bad_index", "%[0]d|%[5]d|%[x]d|%[1|%[]d", 1)
	pf("bad_index2", "%[3]d %[1]d %d", 1, 2)
	pf("index_width", "%[1]*d|%[1]5d|%.[2]d", 3, 4)
	pf("nil_args", "%v|%d|%s|%T|%p|%x|%5v|%-5v|%q", nil, nil, nil, nil, nil, nil, nil, nil, nil)
	pf("w_verb", "%w|%w", &Err{"x"}, 1)
	pf("T_verb", "%T|%T|%T|%T|%T|%T|%T|%8T|%-8T|%.3T", 1, "s", 1.5, []int{}, map[string]int{}, &Point{}, []any{}, true, 'x', Point{})
	pf("long_width", "%100000000d|", 1)
	pf("nil_func", "%v|%T", (func())(nil), (func(int) string)(nil))
	pf("chan_nil", "%v|%d", (chan int)(nil), (chan int)(nil))
	pf("ptr_verbs_nil", "%d|%x|%s|%p|%#p|%t", (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil))
	pf("prec_on_v", "%.2v|%.3v|%10.4v|%.1v", 3.14159, "abcdef", 1234.5678, []float64{1.25, 2.75})
	pf("zero_composite", "%05v|%05d|%-05v|%05s", []int{1, 2}, Point{1, 2}, []int{3}, []string{"a"})
	pf("flags_on_struct", "%+d|% d|%x|%X", Point{1, -2}, Point{3, 4}, Point{10, 11}, struct{ S string }{"hi"})

	// More composites and flags.
	pf("err_value", "%v|%+v", Err{"x"}, NilPanicky{1})
	pf("ptr_field_stringer", "%v|%+v", struct{ P *Str }{&Str{1}}, struct{ P *PStr }{&PStr{2}})
	pf("slice_flags", "%6.2f|%q|%+q|%s|%x|%X|%3c|%-10v|", []float64{1, 2.345}, []int{65, 0x263A}, []string{"é"}, []any{nil, "a"}, []int{-1, 255}, []string{"hi"}, []rune{'A'}, map[string]int{"a": 1})
	pf("str_width", "%5s|%-5s|%.0s|%.3x|% X|%#X|%5.2q", "日本", "日本", "abc", "abcdef", []byte{1, 171}, "hi", "日本語")
	pf("float32_more", "%x|%e|%.3g|%v|%g", float32(1.5), float32(0.1), float32(2)/3, struct{ F float32 }{0.1}, float32(1e20))
	pf("bytes_nested", "%v|%s|%v|%s|%x", [][]byte{[]byte("hi")}, [][]byte{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")})
	pf("bytes_sharp", "%#v|%#v", struct{ B []byte }{[]byte{1}}, [][]byte{nil})
	pf("unexported_iface", "%v|%+v|%v", struct{ a any }{Str{1}}, struct{ a []any }{[]any{Level(2)}}, struct{ A []any }{[]any{Level(3)}})
	pf("mystr", "%v|%q|%x|%#v|%T", MyStr("a"), MyStr("b"), MyStr("c"), MyStr("d"), MyStr("e"))
	p("sprint_mystr", MyStr("a"), MyStr("b"), 1, MyStr("c"), 2, 3)
	pf("uint_sharp_v_nested", "%#v|%#v", []uint{1, 255}, struct {
		U uint8
		F float64
		B bool
	}{7, 2, true})

	// Sprint and Sprintln.
	p("sprint1", "a", 1, 2, "b", "c", 3.5, nil, Str{1}, true, false)
	p("sprint2", 1, 2, 3)
	p("sprint3", "a", "b", Level(1), "c", Names{"x"})
	p("sprint4")
	p("sprint5", []byte("hi"), nil, nil, &Point{1, 2}, map[string]int{"a": 1}, (*int)(nil), Celsius(2))
	pl("sprintln1", "a", 1, 2, "b", nil, 1.5, float32(0.1), Str{2})
	pl("sprintln2")
	pl("sprintln3", &Err{"z"}, []any{nil})
	emit("errorf", fmt.Errorf("wrap %d: %w", 1, &Err{"x"}).Error())
	emit("errorf2", fmt.Errorf("two: %w %w", &Err{"a"}, &Err{"b"}).Error())
	emit("errorf3", fmt.Errorf("not err: %w", 5).Error())
	emit("errorf4", fmt.Errorf("nil: %w", nil).Error())
}
