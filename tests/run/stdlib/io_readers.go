// run

// Package io over user readers and writers, and os.File's Read and
// Close: standard input is empty under the test driver (end of file at
// once), a closed file reports ErrClosed.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// chunks yields its data a few bytes per Read.
type chunks struct {
	data []byte
	step int
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := c.step
	if n > len(c.data) {
		n = len(c.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

type upper struct{ out []byte }

func (u *upper) Write(p []byte) (int, error) {
	for _, b := range p {
		if b >= 'a' && b <= 'z' {
			b -= 32
		}
		u.out = append(u.out, b)
	}
	return len(p), nil
}

func main() {
	all, err := io.ReadAll(&chunks{[]byte("the quick brown fox jumps over the lazy dog"), 5})
	fmt.Printf("%q %v\n", all, err)

	buf := make([]byte, 8)
	n, err := io.ReadFull(&chunks{[]byte("0123456789"), 3}, buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(&chunks{[]byte("abc"), 2}, buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(&chunks{nil, 2}, buf)
	fmt.Println(n, err == io.EOF)

	u := &upper{}
	w, err := io.Copy(u, &chunks{[]byte("copy me, please"), 4})
	fmt.Println(w, err, string(u.out))
	io.WriteString(os.Stdout, "via WriteString\n")
	var wr io.Writer = os.Stdout
	fmt.Fprintln(wr, "via Fprintln")

	in, err := io.ReadAll(os.Stdin)
	fmt.Println(len(in), err)
	fmt.Println(os.Stdin.Close())
	err = os.Stdin.Close()
	var pe *os.PathError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, os.ErrClosed))
	_, err = os.Stdin.Read(buf)
	fmt.Println(err)

	_, set := os.LookupEnv("GUST_TEST_SURELY_UNSET_VARIABLE")
	fmt.Println(set, os.Getpid() > 0)
}
