package os

// Package os: the process-level API of Go's "os" package (arguments,
// environment, exit, standard streams). Body-less functions are native
// (runtime crate, `gust_os_*`). Opening files by name is not offered.

import (
	"errors"
	"io"
)

// ErrClosed is returned by operations on a closed File.
var ErrClosed = errors.New("file already closed")

// File represents an open file descriptor. *File satisfies io.Reader and
// io.Writer.
type File struct {
	fd     int
	name   string
	closed bool
}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }

// A PathError records an error and the operation and file that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func (f *File) wrap(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: errors.New(errnoText(errno))}
}

// Close closes the File; a second Close reports ErrClosed.
func (f *File) Close() error {
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if r := closeFd(f.fd); r < 0 {
		return f.wrap("close", -r)
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := readBytes(f.fd, b)
	if r < 0 {
		return 0, f.wrap("read", -r)
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	writeBytes(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	writeString(f.fd, s)
	return len(s), nil
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string
func writeString(fd int, s string)
func writeBytes(fd int, b []byte)
func readBytes(fd int, b []byte) int
func closeFd(fd int) int
func errnoText(e int) string
func envSet(key string) bool

func Exit(code int)
func Getenv(key string) string

func LookupEnv(key string) (string, bool) {
	if !envSet(key) {
		return "", false
	}
	return Getenv(key), true
}

func Getpid() int
