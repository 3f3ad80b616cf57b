package sync

// Package sync: declarations of the exported API of Go's "sync" package
// that Gust offers. The Gust type checker parses this file to learn the
// package's API; the method bodies are supplied natively by Gust's stdlib.
// Unexported fields stand for the runtime state; zero values are ready to
// use, as in Go.
//
// Not declared: RWMutex.RLocker; Map.Swap/CompareAndSwap/CompareAndDelete
// (Go 1.20 additions, not in Go 1.19).

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	notify uint64
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines without additional locking or coordination.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Range(f func(key, value any) bool)

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
