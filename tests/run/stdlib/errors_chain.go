// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return e.msg }

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == ErrNotFound }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*MyErr); ok {
		*p = MyErr{99}
		return true
	}
	return false
}

type SliceErr []int

func (s SliceErr) Error() string { return "slice" }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

var ErrNotFound = errors.New("not found")

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error(), errors.Is(e1, e1), errors.Is(e1, e2), errors.Is(nil, nil), errors.Is(e1, nil), errors.Is(nil, e1))
	w := &wrap{"ctx", &wrap{"inner", ErrNotFound}}
	fmt.Println(w, errors.Is(w, ErrNotFound), errors.Unwrap(w), errors.Unwrap(errors.Unwrap(errors.Unwrap(w))))
	fmt.Println(errors.Is(isErr{}, ErrNotFound), errors.Is(&wrap{"a", isErr{}}, ErrNotFound))
	var me MyErr
	fmt.Println(errors.As(&wrap{"a", MyErr{7}}, &me), me)
	var pe *PtrErr
	fmt.Println(errors.As(&wrap{"a", &PtrErr{"boom"}}, &pe), pe.msg, errors.As(e1, &pe))
	var me2 MyErr
	fmt.Println(errors.As(asErr{}, &me2), me2)
	var anyErr interface{}
	fmt.Println(errors.As(e1, &anyErr), anyErr)
	fmt.Println(errors.Is(SliceErr{1}, SliceErr{1}), errors.Is(MyErr{1}, MyErr{1}), errors.Is(MyErr{1}, MyErr{2}))
	var me3 MyErr
	fmt.Println(errors.As(nil, &me3))
	wrapped := fmt.Errorf("wrapped: %w", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped) == ErrNotFound)
	for _, t := range []any{nil, me3, (*MyErr)(nil), 5, &w} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			errors.As(e1, t)
		}()
	}
}
