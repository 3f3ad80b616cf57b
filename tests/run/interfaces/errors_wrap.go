// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type CodeError int

func (c CodeError) Error() string { return "code " + strconv.Itoa(int(c)) }

func find(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("find %q: %w", key, ErrPerm)
	case "code":
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", CodeError(404)))
	}
	return nil
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)

	for _, k := range []string{"ok", "missing", "secret", "code"} {
		err := find(k)
		fmt.Println(k, "->", err)
		if err == nil {
			continue
		}
		fmt.Println("  Is NotFound:", errors.Is(err, ErrNotFound), "Is Perm:", errors.Is(err, ErrPerm))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  As QueryError:", qe.Query, qe.Err)
		}
		var ce CodeError
		if errors.As(err, &ce) {
			fmt.Println("  As CodeError:", int(ce))
		}
		fmt.Println("  Unwrap:", errors.Unwrap(err))
		fmt.Printf("  %T\n", err)
	}

	wrapped := fmt.Errorf("ctx: %w", ErrNotFound)
	fmt.Println(errors.Unwrap(wrapped) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	notWrapped := fmt.Errorf("ctx: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))

	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), errors.Is(CodeError(1), CodeError(1)))

	var err error = CodeError(500)
	fmt.Println(err, err == CodeError(500))
	fmt.Printf("%v | %s | %q | %+v\n", err, err, err, err)

	_, perr := strconv.Atoi("nope")
	var numErr *strconv.NumError
	fmt.Println(errors.As(perr, &numErr), numErr.Func, errors.Is(perr, strconv.ErrSyntax))
	w2 := fmt.Errorf("parse config: %w", perr)
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, strconv.ErrSyntax))

	var nilErr error
	fmt.Println(nilErr == nil, nilErr)
	fmt.Printf("%v\n", nilErr)
}
