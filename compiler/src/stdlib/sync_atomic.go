package atomic

// Package atomic (import path "sync/atomic"): Go's "sync/atomic" package.
//
// Native (body-less, implemented in Rust by the runtime, symbols
// gust_sync_atomic_<Func>): the package-level Add/CompareAndSwap/Load/
// Store/Swap functions, which must be single machine-level atomic
// operations, and loadValue/storeValue/swapValue/casValue, which read and
// write a two-word interface value without tearing. Everything else (the
// Bool, Int32, Int64, Uint32, Uint64, Uintptr and Value types) is written
// in Go on top of them.
//
// Not declared: the unsafe.Pointer functions (LoadPointer, StorePointer,
// SwapPointer, CompareAndSwapPointer) and Pointer[T], since Gust has no
// unsafe package and no generics.
//
// Difference from Go: Value's "inconsistently typed value" checks need the
// dynamic type of an interface value, which Go reads with unsafe. Without
// unsafe or reflect, Gust compares the two values' type classes (see
// typeClass): a mismatch is detected whenever at least one of the two
// dynamic types is a predeclared type (bool, the integer and float kinds,
// string) or one of a few common composite types ([]byte, []int,
// []string, []any, map[string]any, map[string]string, map[string]int);
// a store that swaps one user-defined type for another goes unnoticed.

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// Natives for Value: atomic two-word interface loads and stores. casValue
// compares *p with old using Go's interface comparison (which panics on an
// uncomparable dynamic type) and, if they are equal, stores new.
func loadValue(p *any) any
func storeValue(p *any, v any)
func swapValue(p *any, v any) any
func casValue(p *any, old, new any) bool

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap executes the compare-and-swap operation for the boolean
// value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32                { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)            { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64                { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)            { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32                 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)             { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64                 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)             { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr                  { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)              { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
//
// v is nil until the first Store, Swap or CompareAndSwap; from then on it
// always holds a non-nil value (nil is never stored), so "v == nil" means
// "no type fixed yet" and the first store is a casValue from nil.
type Value struct {
	v any
}

// typeClass identifies a few common dynamic types exactly (0: some other
// type). If typeClass(a) != typeClass(b), the dynamic types of a and b
// certainly differ; equal classes prove nothing when both are 0.
func typeClass(x any) int {
	switch x.(type) {
	case bool:
		return 1
	case int:
		return 2
	case int8:
		return 3
	case int16:
		return 4
	case int32:
		return 5
	case int64:
		return 6
	case uint:
		return 7
	case uint8:
		return 8
	case uint16:
		return 9
	case uint32:
		return 10
	case uint64:
		return 11
	case uintptr:
		return 12
	case float32:
		return 13
	case float64:
		return 14
	case string:
		return 15
	case []byte:
		return 16
	case []int:
		return 17
	case []string:
		return 18
	case []any:
		return 19
	case map[string]any:
		return 20
	case map[string]string:
		return 21
	case map[string]int:
		return 22
	}
	return 0
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return loadValue(&v.v)
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		cur := loadValue(&v.v)
		if cur == nil {
			// First store: only one racing first store may win.
			if casValue(&v.v, nil, val) {
				return
			}
			continue
		}
		if typeClass(cur) != typeClass(val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeValue(&v.v, val)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		cur := loadValue(&v.v)
		if cur == nil {
			if casValue(&v.v, nil, new) {
				return nil
			}
			continue
		}
		if typeClass(cur) != typeClass(new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapValue(&v.v, new)
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// The old value must be comparable (else the comparison panics).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeClass(old) != typeClass(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadValue(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if casValue(&v.v, nil, new) {
				return true
			}
			continue
		}
		if typeClass(cur) != typeClass(new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		return casValue(&v.v, old, new)
	}
}
