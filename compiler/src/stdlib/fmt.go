package fmt

// Package fmt: declarations of the exported API of Go's "fmt" package that
// Gust offers. The Gust type checker parses this file to learn the package's
// API; the function bodies are supplied natively by Gust's stdlib.
//
// Approximations: Go's Fprint* take an io.Writer; Gust has no io package yet,
// so fmt.Writer (same method set as io.Writer) stands in for it.
// Not declared: Formatter, GoStringer, State, Scanner, ScanState and the
// Scan/Fscan/Sscan families (they need io or reflection-driven scanning).

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

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w Writer, a ...any) (n int, err error)
func Fprintln(w Writer, a ...any) (n int, err error)
func Fprintf(w Writer, format string, a ...any) (n int, err error)

func Append(b []byte, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte

func Errorf(format string, a ...any) error
