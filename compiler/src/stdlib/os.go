package os

// Package os: declarations of the exported API of Go's "os" package that
// Gust offers. The Gust type checker parses this file to learn the package's
// API; the function bodies are supplied natively by Gust's stdlib.
//
// Only the process-level API (arguments, environment, exit, standard
// streams) is declared; the file-system API (Open, Create, ReadFile,
// WriteFile, Stat, FileMode, ...) is not.

// File represents an open file descriptor. *File satisfies fmt.Writer.
type File struct {
	fd int
}

func (f *File) Name() string
func (f *File) Fd() uintptr
func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getpid() int
