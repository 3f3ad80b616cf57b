package os

// Package os: the process-level API of Go's "os" package (arguments,
// environment, exit, standard streams). Body-less functions are native
// (runtime crate, `gust_os_*`). The file-system API is not offered.

// File represents an open file descriptor. *File satisfies fmt.Writer.
type File struct {
	fd   int
	name string
}

func (f *File) Name() string  { return f.name }
func (f *File) Fd() uintptr   { return uintptr(f.fd) }
func (f *File) Close() error  { return nil }
func (f *File) Read(b []byte) (n int, err error) { return 0, nil }

func (f *File) Write(b []byte) (n int, err error) {
	writeBytes(f.fd, b)
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	writeString(f.fd, s)
	return len(s), nil
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string
func writeString(fd int, s string)
func writeBytes(fd int, b []byte)

func Exit(code int)
func Getenv(key string) string

func LookupEnv(key string) (string, bool) {
	v := Getenv(key)
	return v, v != ""
}

func Getpid() int { return 1 }
