package context

// Package context: declarations of the exported API of Go's "context"
// package that Gust offers. The Gust type checker parses this file to learn
// the package's API; the function bodies are supplied natively by Gust's
// stdlib.

import "time"

// A Context carries a deadline, a cancellation signal, and other values
// across API boundaries.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is
// canceled.
var Canceled error

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context

// CancelCauseFunc, WithCancelCause and Cause are Go 1.20 additions (not in
// Go 1.19); declared with Go 1.21's signatures.

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the
// cancellation cause.
type CancelCauseFunc func(cause error)

func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func Cause(c Context) error
