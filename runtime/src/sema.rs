//! Semaphores keyed by address, the blocking primitive under package sync
//! (`runtime_Semacquire` / `runtime_Semrelease`), like Go's semtable.
//!
//! Invariants:
//! - The semaphore's count is the `u32` at its address, changed only with
//!   atomic operations. A goroutine waits only after seeing the count at 0
//!   under its bucket's lock; a release increments the count and then,
//!   under the bucket lock, hands a unit to the longest waiter on that
//!   address (FIFO) by decrementing the count on its behalf. So a release
//!   never wakes a goroutine without a unit, and a unit never sits unused
//!   while a goroutine waits for it.
//! - Wait records live on the waiting goroutine's stack; they are linked in
//!   the bucket only while the goroutine is parked, and the bucket lock is
//!   released by its worker after the switch (`sched::park`).

use crate::g::G;
use crate::lock::SpinLock;
use crate::sched;
use std::cell::UnsafeCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering::*};

struct Waiter {
    addr: usize,
    g: *mut G,
}

struct Bucket {
    lock: SpinLock,
    waiters: UnsafeCell<VecDeque<Waiter>>,
}

// SAFETY: `waiters` is only touched with `lock` held.
unsafe impl Sync for Bucket {}

const NBUCKETS: usize = 251;

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Bucket = Bucket {
    lock: SpinLock::new(),
    waiters: UnsafeCell::new(VecDeque::new()),
};
static BUCKETS: [Bucket; NBUCKETS] = [EMPTY; NBUCKETS];

fn bucket(addr: usize) -> &'static Bucket {
    &BUCKETS[(addr >> 3) % NBUCKETS]
}

fn count<'a>(addr: *mut u32) -> &'a AtomicU32 {
    // SAFETY: compiled code passes the address of a live, aligned u32 field
    // that is only accessed atomically while used as a semaphore.
    unsafe { AtomicU32::from_ptr(addr) }
}

fn try_take(c: &AtomicU32) -> bool {
    let mut v = c.load(Acquire);
    while v > 0 {
        match c.compare_exchange_weak(v, v - 1, AcqRel, Acquire) {
            Ok(_) => return true,
            Err(x) => v = x,
        }
    }
    false
}

/// Go 1.19's wait reasons for the codes package sync passes.
fn reason(code: i64) -> &'static str {
    match code {
        5 => "sync.Cond.Wait",
        _ => "semacquire",
    }
}

pub fn semacquire(gp: *mut G, addr: *mut u32, why: i64) {
    let c = count(addr);
    if try_take(c) {
        return;
    }
    let b = bucket(addr as usize);
    b.lock.lock();
    if try_take(c) {
        b.lock.unlock();
        return;
    }
    // SAFETY: bucket lock held.
    unsafe {
        (*b.waiters.get()).push_back(Waiter {
            addr: addr as usize,
            g: gp,
        })
    };
    sched::park(gp, reason(why), &[&b.lock]);
}

pub fn semrelease(gp: *mut G, addr: *mut u32) {
    let c = count(addr);
    c.fetch_add(1, AcqRel);
    let b = bucket(addr as usize);
    b.lock.lock();
    // SAFETY: bucket lock held.
    let q = unsafe { &mut *b.waiters.get() };
    let mut woken = std::ptr::null_mut();
    if let Some(i) = q.iter().position(|w| w.addr == addr as usize) {
        if try_take(c) {
            woken = q.remove(i).unwrap().g;
        }
    }
    b.lock.unlock();
    if !woken.is_null() {
        sched::ready(woken, gp);
    }
}

#[no_mangle]
pub extern "C" fn gust_sync_runtime_Semacquire(gp: *mut G, addr: *mut u32, why: i64) {
    semacquire(gp, addr, why)
}

#[no_mangle]
pub extern "C" fn gust_sync_runtime_Semrelease(gp: *mut G, addr: *mut u32) {
    semrelease(gp, addr)
}
