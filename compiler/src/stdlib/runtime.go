package runtime

// Package runtime: declarations of the exported API of Go's "runtime"
// package that Gust offers. The Gust type checker parses this file to learn
// the package's API; the function bodies are supplied natively by Gust's
// stdlib.
//
// Not declared: Caller/Callers/Frames/Func, SetFinalizer, Stack, the
// profiling API, LockOSThread/UnlockOSThread, Compiler,
// GOROOT, Version.

// GOOS and GOARCH report the platform of the Go reference toolchain that
// Gust's output is compared against (Go 1.19 on linux/amd64).
const GOOS string = "linux"
const GOARCH string = "amd64"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

func Gosched()
func Goexit()
func GC()
func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func KeepAlive(x any)

// MemProfileRate is the memory-profiling sample rate; Gust has no memory
// profiler, so setting it has no effect.
var MemProfileRate int = 512 * 1024
