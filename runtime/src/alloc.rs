//! Heap allocation: the one entry point compiled code and the runtime use.
//!
//! Invariants:
//! - Every object is zeroed and at least 8-byte aligned.
//! - Every allocation names the object's type (`TypeDesc`, or a no-pointer
//!   size for byte data), so a collector can scan the heap precisely.
//! - No collector runs yet (issue 5): memory is never freed. Small objects
//!   are carved from 1 MiB zeroed chunks by a per-thread bump pointer (the
//!   allocation never suspends, so the thread-local is never held across a
//!   goroutine switch); large ones come from the system allocator.

use crate::abi::TypeDesc;
use crate::g::G;
use std::alloc::{alloc_zeroed, Layout};

/// Sentinel address for zero-sized objects (never dereferenced).
static ZERO_BASE: u64 = 0;

const CHUNK: usize = 1 << 20;
const LARGE: usize = 32 << 10;

struct Bump {
    ptr: usize,
    end: usize,
}

thread_local! {
    static BUMP: std::cell::UnsafeCell<Bump> = const {
        std::cell::UnsafeCell::new(Bump { ptr: 0, end: 0 })
    };
}

/// Bytes obtained for the heap (chunks and large objects), for
/// `runtime.ReadMemStats`. Counted per chunk, not per object, so the fast
/// path touches no shared cache line.
static HEAP_BYTES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Total heap bytes obtained so far.
pub fn heap_bytes() -> u64 {
    HEAP_BYTES.load(std::sync::atomic::Ordering::Relaxed)
}

fn system_alloc(size: usize, align: usize) -> *mut u8 {
    HEAP_BYTES.fetch_add(size as u64, std::sync::atomic::Ordering::Relaxed);
    let layout = match Layout::from_size_align(size, align) {
        Ok(l) => l,
        Err(_) => crate::panic::fatal("runtime: out of memory"),
    };
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc_zeroed(layout) };
    if p.is_null() {
        crate::panic::fatal("runtime: out of memory");
    }
    p
}

/// Allocates `size` zeroed bytes aligned to 8 (or 16 from 16 bytes up).
pub fn alloc_raw(size: usize, _has_pointers: bool) -> *mut u8 {
    if size == 0 {
        return &ZERO_BASE as *const u64 as *mut u8;
    }
    let align = if size >= 16 { 16 } else { 8 };
    if size >= LARGE {
        return system_alloc(size, align);
    }
    BUMP.with(|b| {
        // SAFETY: the cell is only touched by this thread and never
        // re-entered (nothing below calls back into the allocator).
        let b = unsafe { &mut *b.get() };
        let mut p = (b.ptr + align - 1) & !(align - 1);
        if p + size > b.end {
            let chunk = system_alloc(CHUNK, 16) as usize;
            b.ptr = chunk;
            b.end = chunk + CHUNK;
            p = chunk;
        }
        b.ptr = p + size;
        p as *mut u8
    })
}

/// `new(T)` and every compiler-made heap object.
#[no_mangle]
pub extern "C" fn gust_alloc(_gp: *mut G, t: *const TypeDesc) -> *mut u8 {
    // SAFETY: compiled code passes a descriptor it emitted.
    let t = unsafe { &*t };
    alloc_raw(t.size as usize, t.flags & TypeDesc::FLAG_NOPTR == 0)
}

/// An array of `n` elements of type `t` (slice backing stores). The caller
/// has checked that `n * size` does not overflow.
#[no_mangle]
pub extern "C" fn gust_alloc_array(_gp: *mut G, t: *const TypeDesc, n: isize) -> *mut u8 {
    // SAFETY: compiled code passes a descriptor it emitted.
    let t = unsafe { &*t };
    alloc_raw(
        (t.size as usize).saturating_mul(n.max(0) as usize),
        t.flags & TypeDesc::FLAG_NOPTR == 0,
    )
}

/// `size` bytes without pointers (string data, closure cells of scalars).
#[no_mangle]
pub extern "C" fn gust_alloc_noscan(_gp: *mut G, size: isize) -> *mut u8 {
    alloc_raw(size.max(0) as usize, false)
}

/// `runtime.ReadMemStats`: fills the counters Gust keeps (offsets of
/// Go's `runtime.MemStats`). Without a collector (issue 5) nothing is ever
/// freed, so the live heap equals the total allocated.
#[no_mangle]
pub extern "C" fn gust_runtime_ReadMemStats(gp: *mut G, m: *mut u64) {
    if m.is_null() {
        crate::panic::gust_panic_nil(gp);
        return;
    }
    let h = heap_bytes();
    // SAFETY: compiled code passes a `*runtime.MemStats` (checked non-nil
    // by the Go wrapper), whose first fields are these uint64 words.
    unsafe {
        *m = h; // Alloc
        *m.add(1) = h; // TotalAlloc
        *m.add(2) = h; // Sys
        *m.add(6) = h; // HeapAlloc
        *m.add(7) = h; // HeapSys
        *m.add(9) = h; // HeapInuse
    }
}
