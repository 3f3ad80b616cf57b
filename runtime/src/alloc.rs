//! Heap allocation: the entry points compiled code and the runtime use.
//!
//! Invariants:
//! - Every object is zeroed and at least 8-byte aligned (16 from 16
//!   bytes up: every size class above 8 is a multiple of 16).
//! - Every allocation names the object's layout (`TypeDesc`, no pointers,
//!   or "every word may be a pointer" for runtime-internal objects), so
//!   the collector (`gc.rs`) scans the heap precisely.
//! - Zero-sized objects share one address outside the heap.

use crate::abi::TypeDesc;
use crate::g::G;
use crate::heap::Kind;

/// Sentinel address for zero-sized objects (never dereferenced).
static ZERO_BASE: u64 = 0;

/// Allocates `size` zeroed bytes; `has_pointers`: runtime-internal data
/// whose words are all scanned as possible pointers.
pub fn alloc_raw(size: usize, has_pointers: bool) -> *mut u8 {
    alloc_kind(
        size,
        if has_pointers {
            Kind::Conservative
        } else {
            Kind::NoScan
        },
    )
}

fn alloc_kind(size: usize, kind: Kind) -> *mut u8 {
    if size == 0 {
        return &ZERO_BASE as *const u64 as *mut u8;
    }
    crate::gc::alloc(size, kind)
}

/// `size` bytes holding consecutive values of type `t`.
pub fn alloc_typed(t: *const TypeDesc, size: usize) -> *mut u8 {
    // SAFETY: callers pass descriptors emitted by the compiler or runtime.
    let td = unsafe { &*t };
    let kind = if td.flags & TypeDesc::FLAG_NOPTR != 0 || td.ptrmap.is_null() {
        Kind::NoScan
    } else {
        Kind::Typed(t)
    };
    alloc_kind(size, kind)
}

/// `new(T)` and every compiler-made heap object.
#[no_mangle]
pub extern "C" fn gust_alloc(_gp: *mut G, t: *const TypeDesc) -> *mut u8 {
    // SAFETY: compiled code passes a descriptor it emitted.
    let size = unsafe { (*t).size } as usize;
    alloc_typed(t, size)
}

/// An array of `n` elements of type `t` (slice backing stores). The caller
/// has checked that `n * size` does not overflow.
#[no_mangle]
pub extern "C" fn gust_alloc_array(_gp: *mut G, t: *const TypeDesc, n: isize) -> *mut u8 {
    // SAFETY: compiled code passes a descriptor it emitted.
    let size = unsafe { (*t).size } as usize;
    alloc_typed(t, size.saturating_mul(n.max(0) as usize))
}

/// `size` bytes without pointers (string data, closure cells of scalars).
#[no_mangle]
pub extern "C" fn gust_alloc_noscan(_gp: *mut G, size: isize) -> *mut u8 {
    alloc_raw(size.max(0) as usize, false)
}

/// `runtime.ReadMemStats`: fills the counters Gust keeps (word offsets of
/// Go's `runtime.MemStats`).
#[no_mangle]
pub extern "C" fn gust_runtime_ReadMemStats(gp: *mut G, m: *mut u64) {
    if m.is_null() {
        crate::panic::gust_panic_nil(gp);
        return;
    }
    let c = crate::sched::my_mcache();
    if !c.is_null() {
        // SAFETY: this worker's own cache; nothing here suspends.
        unsafe { (*c).flush_counts() };
    }
    let h = crate::heap::heap();
    let st = &crate::gc::STATS;
    use std::sync::atomic::Ordering::Relaxed;
    let (inuse, free, released, ever) = crate::heap::page_stats();
    let pg = crate::heap::PAGE as u64;
    let alloc = h.allocated.load(Relaxed);
    let mallocs = h.mallocs.load(Relaxed);
    let frees = h.frees.load(Relaxed);
    let sys = ever as u64 * pg;
    let pauses = st.pauses.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: compiled code passes a `*runtime.MemStats` (checked non-nil
    // above), whose fields are these words in this order.
    unsafe {
        *m = alloc; // Alloc
        *m.add(1) = h.total_alloc.load(Relaxed); // TotalAlloc
        *m.add(2) = sys; // Sys
        *m.add(4) = mallocs; // Mallocs
        *m.add(5) = frees; // Frees
        *m.add(6) = alloc; // HeapAlloc
        *m.add(7) = sys; // HeapSys
        *m.add(8) = free as u64 * pg; // HeapIdle
        *m.add(9) = inuse as u64 * pg; // HeapInuse
        *m.add(10) = released as u64 * pg; // HeapReleased
        *m.add(11) = mallocs.saturating_sub(frees); // HeapObjects
        *m.add(21) = h.goal.load(Relaxed); // NextGC
        *m.add(22) = st.last_gc.load(Relaxed); // LastGC
        *m.add(23) = st.pause_total.load(Relaxed); // PauseTotalNs
        for i in 0..256 {
            *m.add(24 + i) = pauses.0[i]; // PauseNs
            *m.add(280 + i) = pauses.1[i]; // PauseEnd
        }
        let w = m.add(536) as *mut u32;
        *w = st.num_gc.load(Relaxed) as u32; // NumGC
        *w.add(1) = st.forced.load(Relaxed) as u32; // NumForcedGC
        *(m.add(538) as *mut u8) = 1; // EnableGC
    }
}
