package fmt

// Package fmt: Go's "fmt" for Gust. The formatting engine is native
// (stdlib crate, `gust_fmt_*`); these wrappers give it Go's API.
//
// Approximations: Go's Fprint* take an io.Writer; Gust has no io package
// yet, so fmt.Writer (same method set as io.Writer) stands in for it.
// Not offered: Formatter, GoStringer, State, Scanner, ScanState and the
// Scan/Fscan/Sscan families.

import "errors"

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// Writer stands in for io.Writer (same method set), so *os.File,
// *strings.Builder and *bytes.Buffer all satisfy it.
type Writer interface {
	Write(p []byte) (n int, err error)
}

func sprint(a []any) string
func sprintln(a []any) string
func sprintf(format string, a []any) string
func printf(format string, a []any) int
func print(a []any) int
func println(a []any) int
func errorf(format string, a []any) (string, any)

func Print(a ...any) (n int, err error)                 { return print(a), nil }
func Println(a ...any) (n int, err error)               { return println(a), nil }
func Printf(format string, a ...any) (n int, err error) { return printf(format, a), nil }

func Sprint(a ...any) string                 { return sprint(a) }
func Sprintln(a ...any) string               { return sprintln(a) }
func Sprintf(format string, a ...any) string { return sprintf(format, a) }

func Fprint(w Writer, a ...any) (n int, err error) { return w.Write([]byte(sprint(a))) }
func Fprintln(w Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprintln(a)))
}
func Fprintf(w Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(sprintf(format, a)))
}

func Append(b []byte, a ...any) []byte                 { return append(b, sprint(a)...) }
func Appendln(b []byte, a ...any) []byte               { return append(b, sprintln(a)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, sprintf(format, a)...) }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w != nil {
		if e, ok := w.(error); ok {
			return &wrapError{s, e}
		}
	}
	return errors.New(s)
}
