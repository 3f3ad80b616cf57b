//! Goroutine stacks, carved from one large `MAP_NORESERVE` region.
//!
//! Invariants:
//! - The region is mapped once; stacks never get their own mapping (the
//!   kernel's `vm.max_map_count` would stop us near 32k goroutines) and have
//!   no guard page (an `mprotect` would split the mapping the same way).
//!   Overflow is caught by the compiled prologue check against
//!   `G::stack_guard`, which sits `GUARD_MARGIN` bytes above the low end so
//!   that runtime (Rust) code called from a Go frame near the limit still
//!   fits.
//! - A slot is owned by at most one goroutine at a time. Freed slots go to
//!   a free list and are reused before new slots are carved; memory of slots
//!   parked in the global free list is returned with `MADV_DONTNEED`.
//! - The main goroutine gets a separate 1 GiB reservation, like Go's
//!   maximum stack size, so deep recursion in `main` behaves as in Go.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// Reservation of one goroutine stack.
pub const STACK_SIZE: usize = 256 << 10;
/// Room below the guard for runtime code called from Go frames.
pub const GUARD_MARGIN: usize = 64 << 10;
/// Reservation of the main goroutine's stack.
pub const MAIN_STACK_SIZE: usize = 1 << 30;

struct Region {
    base: usize,
    slots: usize,
    next: AtomicUsize,
    free: Mutex<Vec<usize>>,
}

/// An anonymous `MAP_NORESERVE` mapping of `size` bytes (pages are
/// committed when touched), or None. Also used for the heap arena.
pub fn map_noreserve(size: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping with no fixed address; the
    // kernel picks the place.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as usize)
}

fn reserve(size: usize) -> Option<usize> {
    let p = map_noreserve(size)?;
    // SAFETY: advice on the mapping just created.
    unsafe {
        libc::madvise(p as *mut libc::c_void, size, libc::MADV_NOHUGEPAGE);
    }
    Some(p)
}

fn region() -> &'static Region {
    static R: OnceLock<Region> = OnceLock::new();
    R.get_or_init(|| {
        let mut slots = 4usize << 20;
        loop {
            if let Some(base) = reserve(slots * STACK_SIZE) {
                return Region {
                    base,
                    slots,
                    next: AtomicUsize::new(0),
                    free: Mutex::new(Vec::new()),
                };
            }
            slots /= 2;
            if slots < 1024 {
                crate::panic::fatal("runtime: cannot reserve goroutine stacks");
            }
        }
    })
}

/// One goroutine stack: `[limit, base)`, growing down from `base`.
pub struct GStack {
    pub base: usize,
    pub limit: usize,
    /// Slot index in the region; `usize::MAX` for the main stack.
    pub slot: usize,
}

// SAFETY: `base` and `limit` describe memory reserved for this stack alone
// (a region slot or the main reservation), aligned to the page size, which
// satisfies corosensei's alignment requirement.
unsafe impl corosensei::stack::Stack for GStack {
    fn base(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.base).unwrap()
    }
    fn limit(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.limit).unwrap()
    }
}

impl GStack {
    /// The value of `G::stack_guard` for this stack.
    pub fn guard(&self) -> usize {
        self.limit + GUARD_MARGIN
    }
}

/// A fresh or reused stack slot.
pub fn alloc() -> GStack {
    let r = region();
    let slot = {
        let mut f = r.free.lock().unwrap_or_else(|e| e.into_inner());
        f.pop()
    };
    let slot = match slot {
        Some(s) => s,
        None => {
            let s = r.next.fetch_add(1, Ordering::Relaxed);
            if s >= r.slots {
                crate::panic::fatal("runtime: out of goroutine stacks");
            }
            s
        }
    };
    let limit = r.base + slot * STACK_SIZE;
    GStack {
        base: limit + STACK_SIZE,
        limit,
        slot,
    }
}

/// Returns a stack to the global free list, releasing its memory.
pub fn free(s: GStack) {
    if s.slot == usize::MAX {
        return;
    }
    // SAFETY: the slot belongs to no goroutine any more; MADV_DONTNEED on
    // private anonymous memory just drops the pages (they read as zero).
    unsafe {
        libc::madvise(
            s.limit as *mut libc::c_void,
            STACK_SIZE,
            libc::MADV_DONTNEED,
        );
    }
    let r = region();
    r.free
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(s.slot);
}

/// The main goroutine's stack.
pub fn alloc_main() -> GStack {
    let Some(base) = reserve(MAIN_STACK_SIZE) else {
        crate::panic::fatal("runtime: cannot reserve the main goroutine's stack");
    };
    GStack {
        base: base + MAIN_STACK_SIZE,
        limit: base,
        slot: usize::MAX,
    }
}
