package sync

// Package sync: Go's "sync" package, written in Go on top of sync/atomic
// and three natives of the runtime (body-less below, symbols
// gust_sync_<name>):
//
//   - runtime_Semacquire / runtime_Semrelease: a counting semaphore keyed
//     by address, with a FIFO queue of parked goroutines per address. All
//     blocking in this package goes through it, so a blocked goroutine
//     parks (its thread runs other goroutines) and shows up in deadlock
//     traces with Go 1.19's wait reason.
//   - fatal: Go's throw ("fatal error: ..."), for misuse Go does not let a
//     program recover from (unlocking an unlocked mutex).
//
// Zero values are ready to use, as in Go.
//
// Not implemented: Cond's copy check ("sync.Cond is copied").
//
// Map.Swap, Map.CompareAndSwap and Map.CompareAndDelete are Go 1.20
// additions, offered here too.

import "sync/atomic"

// runtime_Semacquire waits until *addr > 0 and then decrements it, parking
// the goroutine meanwhile. reason selects the wait reason of deadlock
// traces: 0 semacquire, 1 Mutex.Lock, 2 RWMutex.RLock, 3 RWMutex.Lock,
// 4 WaitGroup.Wait, 5 Cond.Wait.
func runtime_Semacquire(addr *uint32, reason int)

// runtime_Semrelease increments *addr and wakes the longest-waiting
// goroutine parked on addr, if any.
func runtime_Semrelease(addr *uint32)

// fatal prints "fatal error: " + s and the goroutine trace, and exits with
// status 2; it cannot be recovered.
func fatal(s string)

const (
	waitSemacquire = 0
	waitMutexLock  = 1
	waitRLock      = 2
	waitLock       = 3
	waitWaitGroup  = 4
	waitCond       = 5
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// state: bit 0 locked, bit 1 a waiter has been woken and is on its way
// (so Unlock wakes no other), bit 2 starvation mode, bits 3.. the number
// of goroutines parked (or about to park) on sema.
//
// Normal mode lets a running goroutine take a just-released lock ahead of
// a woken waiter (no lock convoy: Unlock-then-Lock in a loop does not
// force a context switch per iteration). A woken waiter that keeps losing
// (starvationWakes times) switches the mutex to starvation mode, where
// Unlock hands the lock directly to the first waiter and newcomers queue
// behind it; the mode ends when the starving waiter has been served or
// no waiter is left. Go uses 1ms of
// waiting as the trigger; Gust counts lost wake-ups instead (no clock in
// this package).
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWoken       = 2
	mutexStarving    = 4
	mutexWaiterShift = 3
	starvationWakes  = 3
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	wakes := 0        // times this goroutine was woken without getting the lock
	starving := false // this goroutine asks for starvation mode
	awoke := false    // this goroutine was woken and owns the woken flag
	old := atomic.LoadInt32(&m.state)
	for {
		next := old
		if old&mutexStarving == 0 {
			// Normal mode: try to take the lock.
			next |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			// Held (or reserved for the first waiter): queue up.
			next += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			next |= mutexStarving
		}
		if awoke {
			if next&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			next &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, next) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // took the free lock
		}
		runtime_Semacquire(&m.sema, waitMutexLock)
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Starvation mode: Unlock handed the lock to us. Take it and
			// leave the waiter count. The mode ends once a starving
			// waiter has been served (waiters queue FIFO, so it may be
			// behind others that get handed the lock first) or nobody
			// is left waiting.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		wakes++
		if wakes >= starvationWakes {
			starving = true
		}
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// Unlock unlocks m. It is a run-time error (fatal) if m is not locked on
// entry to Unlock. A locked Mutex is not associated with a particular
// goroutine.
func (m *Mutex) Unlock() {
	next := atomic.AddInt32(&m.state, -mutexLocked)
	if next != 0 {
		m.unlockSlow(next)
	}
}

func (m *Mutex) unlockSlow(next int32) {
	if (next+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if next&mutexStarving != 0 {
		// Hand the lock to the first waiter; the lock bit stays clear
		// but newcomers see starvation mode and queue.
		runtime_Semrelease(&m.sema)
		return
	}
	old := next
	for {
		// Nobody to wake, or someone already took the lock, or a woken
		// waiter is on its way, or starvation mode began meanwhile.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		next = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, next) {
			runtime_Semrelease(&m.sema)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// A RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or a single writer. The zero value is an unlocked mutex. A
// blocked Lock call excludes new readers from acquiring the lock.
//
// readerCount counts active readers; a writer subtracts rwmutexMaxReaders
// from it, so a negative count tells readers a writer is pending.
// readerWait counts the readers the pending writer still waits for.
type RWMutex struct {
	w           Mutex  // held by a pending or active writer
	writerSem   uint32 // the writer waits here for departing readers
	readerSem   uint32 // readers wait here for the writer to finish
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer is pending or active: wait for its Unlock.
		runtime_Semacquire(&rw.readerSem, waitRLock)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	r := atomic.AddInt32(&rw.readerCount, -1)
	if r >= 0 {
		return
	}
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending: the last departing reader lets it in.
	if atomic.AddInt32(&rw.readerWait, -1) == 0 {
		runtime_Semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer, then wait for the readers already inside.
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		runtime_Semacquire(&rw.writerSem, waitLock)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in the readers that queued up meanwhile.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
//
// state: the counter in the high 32 bits, the number of waiters in the
// low 32 bits.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If
// the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		// The first Add of a new round raced with a Wait.
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter dropped to 0 with waiters: nobody may change the state
	// now but us. Reset it and release the waiters.
	if atomic.LoadUint64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		// Count ourselves as a waiter, then sleep.
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema, waitWaitGroup)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this instance of Once. No call to Do returns until the one call to f
// has returned. If f panics, Do considers it to have returned; future
// calls of Do return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { atomic.StoreUint32(&o.done, 1) }()
		f()
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
//
// Each Wait enqueues its own semaphore on a FIFO list (protected by mu)
// before it unlocks L, so a Signal or Broadcast that follows cannot be
// missed; Signal releases the oldest waiter's semaphore.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	mu   Mutex
	head *condWaiter
	tail *condWaiter
}

type condWaiter struct {
	sema uint32
	next *condWaiter
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning.
func (c *Cond) Wait() {
	w := &condWaiter{}
	c.mu.Lock()
	if c.tail == nil {
		c.head = w
	} else {
		c.tail.next = w
	}
	c.tail = w
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(&w.sema, waitCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	w := c.head
	if w != nil {
		c.head = w.next
		if c.head == nil {
			c.tail = nil
		}
	}
	c.mu.Unlock()
	if w != nil {
		runtime_Semrelease(&w.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	w := c.head
	c.head = nil
	c.tail = nil
	c.mu.Unlock()
	for w != nil {
		next := w.next
		runtime_Semrelease(&w.sema)
		w = next
	}
}

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines without additional locking or coordination. Gust's Map is a
// plain map behind a mutex.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value
// is present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value. The loaded result is
// true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap swaps the value for a key and returns the previous value if any.
// The loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old. The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
// The old value must be of a comparable type.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
//
// As in Go, Range does not hold the lock while f runs (f may call any
// method of m): it snapshots the keys, then visits each key that is still
// present, with its current value.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Gust's Pool is a LIFO stack behind a mutex, holding at most
// poolMax items (Go drops pooled items at garbage collections; Gust drops
// Puts beyond the bound instead).
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

const poolMax = 1024

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If the pool is empty and p.New is non-nil,
// Get returns the result of calling p.New.
func (p *Pool) Get() any {
	var x any
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
