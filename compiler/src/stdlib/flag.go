// Package flag: command-line flag parsing (the common subset). Declarations
// only; bodies come from Gust's native standard library.
package flag

import "time"

func Parse()
func Parsed() bool
func Args() []string
func Arg(i int) string
func NArg() int
func NFlag() int

func Bool(name string, value bool, usage string) *bool
func Int(name string, value int, usage string) *int
func Int64(name string, value int64, usage string) *int64
func Uint(name string, value uint, usage string) *uint
func String(name string, value string, usage string) *string
func Float64(name string, value float64, usage string) *float64
func Duration(name string, value time.Duration, usage string) *time.Duration

func BoolVar(p *bool, name string, value bool, usage string)
func IntVar(p *int, name string, value int, usage string)
func Int64Var(p *int64, name string, value int64, usage string)
func UintVar(p *uint, name string, value uint, usage string)
func StringVar(p *string, name string, value string, usage string)
func Float64Var(p *float64, name string, value float64, usage string)
func DurationVar(p *time.Duration, name string, value time.Duration, usage string)
