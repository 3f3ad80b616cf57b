//! A spin lock for the runtime's short critical sections (channel state,
//! semaphore buckets, timer heap).
//!
//! Invariants:
//! - A lock is held for a bounded number of instructions and never across
//!   a blocking system call.
//! - A goroutine that parks while holding locks does not release them
//!   itself: it hands them to its worker (`sched::park`), which releases
//!   them on its own stack once the goroutine is fully switched out. So a
//!   lock is always acquired and released by the same OS thread, and no
//!   waker can resume a goroutine that is still running on its stack.
//! - Lock order when several channel locks are held (select): ascending
//!   address.

#[cfg(loom)]
pub use crate::loom_shim::SpinLock;
#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(not(loom))]
pub struct SpinLock {
    locked: AtomicBool,
}

#[cfg(not(loom))]
impl Default for SpinLock {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(not(loom))]
impl SpinLock {
    pub const fn new() -> SpinLock {
        SpinLock {
            locked: AtomicBool::new(false),
        }
    }

    #[inline]
    pub fn lock(&self) {
        if self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            return;
        }
        self.lock_slow();
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0u32;
        loop {
            while self.locked.load(Ordering::Relaxed) {
                if spins < 64 {
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
                spins += 1;
            }
            if self
                .locked
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
        }
    }

    #[inline]
    pub fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }
}
