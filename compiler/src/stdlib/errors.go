package errors

// Package errors: Go's "errors" package, written in Go and compiled by
// Gust like user code. Natives (stdlib/src/errors.rs) stand in for Go's
// reflection: isComparable, checkAsTarget and asTarget.
//
// Invariants: Is and As walk the tree of wrapped errors depth first, in
// pre-order, following Unwrap() error and Unwrap() []error (Join's, a Go
// 1.20 addition kept here); an error's own Is/As methods are consulted at
// each node.

// errorString is the error returned by New.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap
// returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// isComparable reports whether the dynamic type of x is comparable.
func isComparable(x any) bool

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget returns 0 when target is a non-nil pointer to an interface
// type or to a type implementing error, 1 when it is not a non-nil
// pointer, 2 when the pointed-to type is neither.
func checkAsTarget(target any) int

// asTarget stores err into *target and returns true when err's dynamic
// type is assignable to the type target points to.
func asTarget(err error, target any) bool

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise,
// it returns false. As panics if target is not a non-nil pointer to either
// a type that implements error, or to any interface type.
func As(err error, target any) bool {
	// Go 1.19 checks target before looking at err.
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	if err == nil {
		return false
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// joinError is the error returned by Join.
type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }

// Join returns an error that wraps the given errors. Any nil error values
// are discarded. Join returns nil if every value in errs is nil. The error
// formats as the concatenation of the strings obtained by calling the
// Error method of each element of errs, with a newline between each
// string. (Go 1.20.)
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}
