package rand

// Package rand (import path "math/rand"): declarations of the exported API
// of Go's "math/rand" package that Gust offers. The Gust type checker parses
// this file to learn the package's API; the function bodies are supplied
// natively by Gust's stdlib.
//
// Not declared: ExpFloat64, NormFloat64, Read, Zipf/NewZipf.

// A Source represents a source of uniformly-distributed pseudo-random int64
// values in the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed
// pseudo-random uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

func NewSource(seed int64) Source

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64
}

func New(src Source) *Rand

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
