package errors

// Package errors: declarations of the exported API of Go's "errors" package
// that Gust offers. The Gust type checker parses this file to learn the
// package's API; the function bodies are supplied natively by Gust's stdlib.

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error

// Join is a Go 1.20 addition (not in Go 1.19); declared with Go 1.20's
// signature.
func Join(errs ...error) error
