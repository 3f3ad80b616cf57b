// run

// Error values and package errors: errors.New identity, custom error
// types, wrapping with %w, errors.Is / errors.As / errors.Unwrap through
// chains, sentinel errors, returning error from functions; and package
// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort with a custom
// Interface, Search and SearchInts, IsSorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func parse(line int, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{line, err}
	}
	return n, nil
}

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	// Identity: two errors.New with the same text are different.
	fmt.Println(errors.New("x") == errors.New("x"), ErrNotFound == ErrNotFound)

	_, err := find(map[string]int{}, "key")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))

	_, err = parse(3, "abc")
	fmt.Println(err)
	var pe *ParseError
	if errors.As(fmt.Errorf("ctx: %w", err), &pe) {
		fmt.Println("as ParseError, line", pe.Line)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	n, err := parse(4, "12")
	fmt.Println(n, err, err == nil)
	fmt.Println(errors.Unwrap(errors.New("plain")) == nil)

	// sort package.
	ints := []int{5, 2, 8, -1, 3}
	sort.Ints(ints)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(ints, strs, fl, sort.IntsAreSorted(ints))

	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(byAge(people)))
	fmt.Println(people[0].age, people[3].age, sort.IsSorted(sort.Reverse(byAge(people))))
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)

	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	idx := sort.Search(len(ints), func(i int) bool { return ints[i] >= 5 })
	fmt.Println(idx, ints[idx])
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
