// Package flag: command-line flag parsing (the package-level API over the
// command line: define flags, Parse, Args). Written in Go on top of os,
// strconv and time.
package flag

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no
// such flag is defined.
var ErrHelp = errors.New("flag: help requested")

// Value is the interface to the dynamic value stored in a flag.
type Value interface {
	String() string
	Set(string) error
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

type boolValue struct{ p *bool }

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return errors.New("parse error")
	}
	*b.p = v
	return nil
}
func (b *boolValue) String() string { return strconv.FormatBool(*b.p) }

type intValue struct{ p *int }

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		return numError(err)
	}
	*i.p = int(v)
	return nil
}
func (i *intValue) String() string { return strconv.Itoa(*i.p) }

type int64Value struct{ p *int64 }

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		return numError(err)
	}
	*i.p = v
	return nil
}
func (i *int64Value) String() string { return strconv.FormatInt(*i.p, 10) }

type uintValue struct{ p *uint }

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		return numError(err)
	}
	*i.p = uint(v)
	return nil
}
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i.p), 10) }

type stringValue struct{ p *string }

func (s *stringValue) Set(v string) error { *s.p = v; return nil }
func (s *stringValue) String() string    { return *s.p }

type float64Value struct{ p *float64 }

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return numError(err)
	}
	*f.p = v
	return nil
}
func (f *float64Value) String() string { return strconv.FormatFloat(*f.p, 'g', -1, 64) }

type durationValue struct{ p *time.Duration }

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("parse error")
	}
	*d.p = v
	return nil
}
func (d *durationValue) String() string { return (*d.p).String() }

func numError(err error) error {
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
		return errors.New("value out of range")
	}
	return errors.New("parse error")
}

var (
	formal map[string]*Flag
	actual map[string]*Flag
	args   []string
	parsed bool
)

// Var defines a flag with the specified name and usage string.
func Var(value Value, name string, usage string) {
	if formal == nil {
		formal = map[string]*Flag{}
	}
	if _, dup := formal[name]; dup {
		msg := os.Args[0] + " flag redefined: " + name
		os.Stderr.WriteString(msg + "\n")
		panic(msg)
	}
	formal[name] = &Flag{name, usage, value, value.String()}
}

func BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	Var(&boolValue{p}, name, usage)
}
func IntVar(p *int, name string, value int, usage string) {
	*p = value
	Var(&intValue{p}, name, usage)
}
func Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	Var(&int64Value{p}, name, usage)
}
func UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	Var(&uintValue{p}, name, usage)
}
func StringVar(p *string, name string, value string, usage string) {
	*p = value
	Var(&stringValue{p}, name, usage)
}
func Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	Var(&float64Value{p}, name, usage)
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	Var(&durationValue{p}, name, usage)
}

func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	BoolVar(p, name, value, usage)
	return p
}
func Int(name string, value int, usage string) *int {
	p := new(int)
	IntVar(p, name, value, usage)
	return p
}
func Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	Int64Var(p, name, value, usage)
	return p
}
func Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	UintVar(p, name, value, usage)
	return p
}
func String(name string, value string, usage string) *string {
	p := new(string)
	StringVar(p, name, value, usage)
	return p
}
func Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	Float64Var(p, name, value, usage)
	return p
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	DurationVar(p, name, value, usage)
	return p
}

// Lookup returns the Flag structure of the named flag, nil if none exists.
func Lookup(name string) *Flag { return formal[name] }

// Set sets the value of the named flag.
func Set(name, value string) error {
	f, ok := formal[name]
	if !ok {
		return errors.New("no such flag -" + name)
	}
	if err := f.Value.Set(value); err != nil {
		return err
	}
	if actual == nil {
		actual = map[string]*Flag{}
	}
	actual[name] = f
	return nil
}

func sortedFlags(m map[string]*Flag) []*Flag {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]*Flag, len(names))
	for i, n := range names {
		out[i] = m[n]
	}
	return out
}

// VisitAll visits the flags in lexicographical order, including unset ones.
func VisitAll(fn func(*Flag)) {
	for _, f := range sortedFlags(formal) {
		fn(f)
	}
}

// Visit visits the flags that have been set, in lexicographical order.
func Visit(fn func(*Flag)) {
	for _, f := range sortedFlags(actual) {
		fn(f)
	}
}

// PrintDefaults prints the default values of all defined flags to
// standard error, in Go's format.
func PrintDefaults() {
	VisitAll(func(f *Flag) {
		s := "  -" + f.Name
		typ := ""
		switch f.Value.(type) {
		case *boolValue:
		case *intValue, *int64Value:
			typ = "int"
		case *uintValue:
			typ = "uint"
		case *stringValue:
			typ = "string"
		case *float64Value:
			typ = "float"
		case *durationValue:
			typ = "duration"
		default:
			typ = "value"
		}
		if typ != "" {
			s += " " + typ
		}
		if len(s) <= 4 {
			s += "\t"
		} else {
			s += "\n    \t"
		}
		s += f.Usage
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
			if typ == "string" {
				s += " (default " + strconv.Quote(f.DefValue) + ")"
			} else {
				s += " (default " + f.DefValue + ")"
			}
		}
		os.Stderr.WriteString(s + "\n")
	})
}

// Usage prints a usage message documenting all defined flags.
var Usage = func() {
	os.Stderr.WriteString("Usage of " + os.Args[0] + ":\n")
	PrintDefaults()
}

func failf(msg string) {
	os.Stderr.WriteString(msg + "\n")
	Usage()
	os.Exit(2)
}

// parseOne parses one flag; it reports whether there was one.
func parseOne() bool {
	if len(args) == 0 {
		return false
	}
	s := args[0]
	if len(s) < 2 || s[0] != '-' {
		return false
	}
	numMinuses := 1
	if s[1] == '-' {
		numMinuses++
		if len(s) == 2 { // "--" terminates the flags
			args = args[1:]
			return false
		}
	}
	name := s[numMinuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		failf("bad flag syntax: " + s)
	}
	args = args[1:]
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			value = name[i+1:]
			hasValue = true
			name = name[0:i]
			break
		}
	}
	f, ok := formal[name]
	if !ok {
		if name == "help" || name == "h" {
			Usage()
			os.Exit(0)
		}
		failf("flag provided but not defined: -" + name)
	}
	if bv, ok := f.Value.(*boolValue); ok {
		if hasValue {
			if err := bv.Set(value); err != nil {
				failf("invalid boolean value " + strconv.Quote(value) + " for -" + name + ": " + err.Error())
			}
		} else {
			bv.Set("true")
		}
	} else {
		if !hasValue && len(args) > 0 {
			hasValue = true
			value, args = args[0], args[1:]
		}
		if !hasValue {
			failf("flag needs an argument: -" + name)
		}
		if err := f.Value.Set(value); err != nil {
			failf("invalid value " + strconv.Quote(value) + " for flag -" + name + ": " + err.Error())
		}
	}
	if actual == nil {
		actual = map[string]*Flag{}
	}
	actual[name] = f
	return true
}

// Parse parses the command-line flags from os.Args[1:].
func Parse() {
	parsed = true
	args = os.Args[1:]
	for parseOne() {
	}
}

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool { return parsed }

// Args returns the non-flag command-line arguments.
func Args() []string { return args }

// Arg returns the i'th remaining argument after flags have been processed.
func Arg(i int) string {
	if i < 0 || i >= len(args) {
		return ""
	}
	return args[i]
}

// NArg is the number of arguments remaining after flags have been processed.
func NArg() int { return len(args) }

// NFlag returns the number of command-line flags that have been set.
func NFlag() int { return len(actual) }
