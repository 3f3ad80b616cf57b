// run

package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("file already closed")

func closeTwice() error {
	return fmt.Errorf("close %q: %w", "data.txt", ErrClosed)
}

func main() {
	err := closeTwice()
	fmt.Println(errors.Is(err, ErrClosed))
	panic(err)
}
