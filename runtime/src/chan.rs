//! Channels and select.
//!
//! Invariants:
//! - All of a channel's state (`closed`, the ring buffer, both wait queues)
//!   is guarded by `lock`, except `count`, which is also read without the
//!   lock by `len(ch)` (a racy read, as in Go).
//! - At most one of `recvq`/`sendq` is non-empty, except transiently for
//!   select waiters of the same goroutine on both sides (never matched
//!   with each other: a goroutine cannot rendezvous with itself).
//! - `recvq` non-empty implies the buffer is empty; `sendq` non-empty
//!   implies it is full.
//! - A wait record (`Sudog`) lives on the stack of the goroutine it names
//!   and is linked into at most one queue; it stays valid until that
//!   goroutine resumes. Whoever unlinks it from a queue (under the
//!   channel's lock) and, for a select, wins the goroutine's `select_done`
//!   race, completes the operation (copies the element, sets `success`)
//!   and makes the goroutine ready; nobody else touches it.
//! - A blocked goroutine parks holding the channel lock(s); its worker
//!   releases them after the switch (`sched::park`). So a value handed
//!   over directly (sender's stack slot to receiver's) is written while
//!   both goroutines are stopped, and every write the sender made before
//!   the send is visible to the receiver (the lock's release/acquire).
//! - Element values are copied with `elemsize` bytes; a slot freed in the
//!   buffer is zeroed so a collector does not keep its referents alive.

use crate::lock::SpinLock;
#[cfg(loom)]
use crate::loom_shim::{
    alloc_raw, atomic::AtomicUsize, g_of, plain_error, runtime_error, sched, TypeDesc, G,
};
#[cfg(not(loom))]
use crate::{
    abi::TypeDesc,
    alloc::alloc_raw,
    g::G,
    panic::{plain_error, runtime_error},
    sched::{self, g_of},
};
use std::ptr::null_mut;
#[cfg(not(loom))]
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::*;

pub struct Sudog {
    g: *mut G,
    next: *mut Sudog,
    prev: *mut Sudog,
    /// Where the element goes to (receive) or comes from (send); null for a
    /// receive whose value is discarded.
    elem: *mut u8,
    is_select: bool,
    queued: bool,
    success: bool,
    /// Case index in a select.
    case: usize,
}

impl Sudog {
    fn new(g: *mut G, elem: *mut u8) -> Sudog {
        Sudog {
            g,
            next: null_mut(),
            prev: null_mut(),
            elem,
            is_select: false,
            queued: false,
            success: false,
            case: 0,
        }
    }
}

struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

impl WaitQ {
    const fn new() -> WaitQ {
        WaitQ {
            first: null_mut(),
            last: null_mut(),
        }
    }

    fn push(&mut self, s: *mut Sudog) {
        // SAFETY: `s` is a live wait record not in any queue; the queue's
        // channel lock is held.
        unsafe {
            (*s).next = null_mut();
            (*s).prev = self.last;
            (*s).queued = true;
            if self.last.is_null() {
                self.first = s;
            } else {
                (*self.last).next = s;
            }
        }
        self.last = s;
    }

    fn unlink(&mut self, s: *mut Sudog) {
        // SAFETY: `s` is in this queue (`queued`), lock held.
        unsafe {
            if !(*s).queued {
                return;
            }
            let (p, n) = ((*s).prev, (*s).next);
            if p.is_null() {
                self.first = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                self.last = p;
            } else {
                (*n).prev = p;
            }
            (*s).queued = false;
            (*s).next = null_mut();
            (*s).prev = null_mut();
        }
    }

    /// The first waiter that can still be completed: select waiters whose
    /// goroutine was already claimed by another case are dropped.
    fn dequeue(&mut self) -> Option<*mut Sudog> {
        loop {
            let s = self.first;
            if s.is_null() {
                return None;
            }
            self.unlink(s);
            // SAFETY: a queued record is alive (its goroutine is parked).
            unsafe {
                if (*s).is_select
                    && g_of((*s).g)
                        .s
                        .select_done
                        .compare_exchange(0, 1, AcqRel, Acquire)
                        .is_err()
                {
                    continue;
                }
            }
            return Some(s);
        }
    }
}

#[repr(C)]
pub struct Chan {
    lock: SpinLock,
    closed: bool,
    elemsize: usize,
    cap: usize,
    count: AtomicUsize,
    head: usize,
    buf: *mut u8,
    recvq: WaitQ,
    sendq: WaitQ,
    elem: *const TypeDesc,
    /// Lock-order key under the model checker, where addresses differ
    /// between executions (loom replays must be deterministic).
    #[cfg(loom)]
    order: usize,
}

/// The key select sorts channels by to lock them: the address.
fn lock_key(c: *mut Chan) -> usize {
    #[cfg(loom)]
    {
        chan(c).order
    }
    #[cfg(not(loom))]
    {
        c as usize
    }
}

fn copy(dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 && !dst.is_null() {
        // SAFETY: both point at `n`-byte element slots (channel buffer,
        // wait records' elements or compiled code's slots) that do not
        // overlap.
        unsafe { std::ptr::copy_nonoverlapping(src, dst, n) };
    }
}

fn zero(dst: *mut u8, n: usize) {
    if n > 0 && !dst.is_null() {
        // SAFETY: `dst` points at an `n`-byte element slot.
        unsafe { std::ptr::write_bytes(dst, 0, n) };
    }
}

impl Chan {
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: `i < cap`; the buffer holds `cap` elements.
        unsafe { self.buf.add(i * self.elemsize) }
    }

    /// Appends `*elem` to the buffer if it has room (lock held).
    fn buf_put(&mut self, elem: *const u8) -> bool {
        let n = self.count.load(Relaxed);
        if n >= self.cap {
            return false;
        }
        copy(self.slot((self.head + n) % self.cap), elem, self.elemsize);
        self.count.store(n + 1, Relaxed);
        true
    }

    /// Moves the buffer's head into `*out` if there is one (lock held).
    fn buf_take(&mut self, out: *mut u8) -> bool {
        let n = self.count.load(Relaxed);
        if n == 0 {
            return false;
        }
        let h = self.slot(self.head);
        copy(out, h, self.elemsize);
        zero(h, self.elemsize);
        self.head = (self.head + 1) % self.cap;
        self.count.store(n - 1, Relaxed);
        true
    }
}

/// `make(chan T, n)`: `elem` describes T.
#[no_mangle]
pub extern "C" fn gust_makechan(gp: *mut G, elem: *const TypeDesc, n: i64) -> *mut Chan {
    // SAFETY: compiled code passes a valid descriptor.
    let elemsize = unsafe { (*elem).size } as usize;
    if n < 0 || (elemsize > 0 && (n as u64).saturating_mul(elemsize as u64) > (1 << 40)) {
        runtime_error(g_of(gp), "makechan: size out of range");
        return null_mut();
    }
    let n = n as usize;
    let buf = if n * elemsize > 0 {
        alloc_buf(elem, n * elemsize)
    } else {
        null_mut()
    };
    let v = Chan {
        lock: SpinLock::new(),
        closed: false,
        elemsize,
        cap: n,
        count: AtomicUsize::new(0),
        head: 0,
        buf,
        recvq: WaitQ::new(),
        sendq: WaitQ::new(),
        elem,
        #[cfg(loom)]
        order: crate::loom_shim::next_order(),
    };
    #[cfg(loom)]
    {
        Box::into_raw(Box::new(v))
    }
    #[cfg(not(loom))]
    {
        // The channel is a heap object, scanned word by word (its buffer
        // pointer is the only heap pointer in it).
        let c = alloc_raw(std::mem::size_of::<Chan>(), true) as *mut Chan;
        // SAFETY: `c` is a fresh, zeroed, 16-aligned heap object of
        // `Chan`'s size; nothing references it yet.
        unsafe { c.write(v) };
        c
    }
}

/// A channel buffer of `bytes` bytes of elements `elem`.
fn alloc_buf(elem: *const TypeDesc, bytes: usize) -> *mut u8 {
    #[cfg(loom)]
    {
        let _ = elem;
        alloc_raw(bytes, true)
    }
    #[cfg(not(loom))]
    {
        crate::alloc::alloc_typed(elem, bytes)
    }
}

fn chan<'a>(c: *mut Chan) -> &'a mut Chan {
    // SAFETY: compiled code passes a channel made by `gust_makechan`
    // (never freed while reachable); callers handle nil first.
    unsafe { &mut *c }
}

/// Blocks forever (nil channel, empty select).
fn block_forever(gp: *mut G, reason: &'static str) {
    sched::park(gp, reason, &[]);
    unreachable!("a goroutine blocked forever was woken");
}

/// Completes a send to the waiting receiver `sg` (lock held).
fn send_direct(c: &Chan, sg: *mut Sudog, elem: *const u8) -> *mut G {
    // SAFETY: `sg` was just dequeued; its goroutine is parked.
    unsafe {
        copy((*sg).elem, elem, c.elemsize);
        (*sg).success = true;
        let g = (*sg).g;
        g_of(g).s.param = sg as usize;
        g
    }
}

/// Completes a receive from the waiting sender `sg` (lock held).
fn recv_from_sender(c: &mut Chan, sg: *mut Sudog, out: *mut u8) -> *mut G {
    // SAFETY: as in `send_direct`.
    unsafe {
        if c.cap == 0 {
            copy(out, (*sg).elem, c.elemsize);
        } else {
            // Buffer full: take its head, put the sender's value at the tail
            // (the same slot once the head moves).
            let h = c.slot(c.head);
            copy(out, h, c.elemsize);
            copy(h, (*sg).elem, c.elemsize);
            c.head = (c.head + 1) % c.cap;
        }
        (*sg).success = true;
        let g = (*sg).g;
        g_of(g).s.param = sg as usize;
        g
    }
}

/// `ch <- *elem`.
#[no_mangle]
pub extern "C" fn gust_chansend(gp: *mut G, c: *mut Chan, elem: *const u8) {
    if c.is_null() {
        block_forever(gp, "chan send (nil chan)");
        return;
    }
    let ch = chan(c);
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        plain_error(g_of(gp), "send on closed channel");
        return;
    }
    if let Some(sg) = ch.recvq.dequeue() {
        let g = send_direct(ch, sg, elem);
        ch.lock.unlock();
        sched::ready(g, gp);
        return;
    }
    if ch.buf_put(elem) {
        ch.lock.unlock();
        return;
    }
    let mut sg = Sudog::new(gp, elem as *mut u8);
    ch.sendq.push(&mut sg);
    sched::park(gp, "chan send", &[&ch.lock]);
    if !sg.success {
        plain_error(g_of(gp), "send on closed channel");
    }
}

/// `*out, ok = <-ch`; `out` may be null (value discarded). Returns ok.
#[no_mangle]
pub extern "C" fn gust_chanrecv(gp: *mut G, c: *mut Chan, out: *mut u8) -> i64 {
    if c.is_null() {
        block_forever(gp, "chan receive (nil chan)");
        return 0;
    }
    let ch = chan(c);
    ch.lock.lock();
    if let Some(sg) = ch.sendq.dequeue() {
        let g = recv_from_sender(ch, sg, out);
        ch.lock.unlock();
        sched::ready(g, gp);
        return 1;
    }
    if ch.buf_take(out) {
        ch.lock.unlock();
        return 1;
    }
    if ch.closed {
        ch.lock.unlock();
        zero(out, ch.elemsize);
        return 0;
    }
    let mut sg = Sudog::new(gp, out);
    ch.recvq.push(&mut sg);
    sched::park(gp, "chan receive", &[&ch.lock]);
    sg.success as i64
}

/// `close(ch)`.
#[no_mangle]
pub extern "C" fn gust_chanclose(gp: *mut G, c: *mut Chan) {
    if c.is_null() {
        plain_error(g_of(gp), "close of nil channel");
        return;
    }
    let ch = chan(c);
    ch.lock.lock();
    if ch.closed {
        ch.lock.unlock();
        plain_error(g_of(gp), "close of closed channel");
        return;
    }
    ch.closed = true;
    let mut wake: Vec<*mut G> = vec![];
    while let Some(sg) = ch.recvq.dequeue() {
        // SAFETY: dequeued record of a parked goroutine.
        unsafe {
            zero((*sg).elem, ch.elemsize);
            (*sg).success = false;
            g_of((*sg).g).s.param = sg as usize;
            wake.push((*sg).g);
        }
    }
    while let Some(sg) = ch.sendq.dequeue() {
        // SAFETY: as above.
        unsafe {
            (*sg).success = false;
            g_of((*sg).g).s.param = sg as usize;
            wake.push((*sg).g);
        }
    }
    ch.lock.unlock();
    for g in wake {
        sched::ready(g, gp);
    }
}

#[no_mangle]
pub extern "C" fn gust_chanlen(_gp: *mut G, c: *mut Chan) -> i64 {
    if c.is_null() {
        return 0;
    }
    chan(c).count.load(Relaxed) as i64
}

#[no_mangle]
pub extern "C" fn gust_chancap(_gp: *mut G, c: *mut Chan) -> i64 {
    if c.is_null() {
        return 0;
    }
    chan(c).cap as i64
}

// ------------------------------------------------------------ select

/// One case of a select, laid out by compiled code.
#[repr(C)]
pub struct Scase {
    pub c: *mut Chan,
    /// Send: the value. Receive: where the value goes (or null).
    pub elem: *mut u8,
    /// 0 receive, 1 send.
    pub dir: i64,
}

fn rand_n(gp: *mut G, n: usize) -> usize {
    let r = &mut g_of(gp).s.rng;
    *r ^= *r << 13;
    *r ^= *r >> 7;
    *r ^= *r << 17;
    ((*r >> 11) % n as u64) as usize
}

/// Runs a select over `n` cases. Returns the chosen case index (or -1 for
/// `default` when `block` is 0) in the first result and, for a receive,
/// whether a value was received (1) or the channel was closed (0).
#[no_mangle]
pub extern "C" fn gust_select(gp: *mut G, cases: *mut Scase, n: i64, block: i64) -> Pair {
    let n = n.max(0) as usize;
    // SAFETY: compiled code passes `n` cases on its stack.
    let cs = unsafe { std::slice::from_raw_parts_mut(cases, n) };
    // Poll order: a uniformly random permutation of the non-nil cases.
    // Small selects keep their scratch arrays on the stack.
    let mut order_small = [0usize; SMALL];
    let mut order_big = vec![];
    let mut k = 0;
    let order: &mut [usize] = if n <= SMALL {
        &mut order_small
    } else {
        order_big.resize(n, 0);
        &mut order_big
    };
    for (i, c) in cs.iter().enumerate() {
        if !c.c.is_null() {
            order[k] = i;
            k += 1;
        }
    }
    let order = &mut order[..k];
    for i in (1..order.len()).rev() {
        let j = rand_n(gp, i + 1);
        order.swap(i, j);
    }
    if order.is_empty() {
        if block == 0 {
            return Pair(-1, 0);
        }
        block_forever(
            gp,
            if n == 0 {
                "select (no cases)"
            } else {
                "select"
            },
        );
        return Pair(-1, 0);
    }
    // Lock order: by channel address, each channel once.
    let mut locks_small = [null_mut::<Chan>(); SMALL];
    let mut locks_big = vec![];
    let locks: &mut [*mut Chan] = if k <= SMALL {
        &mut locks_small[..k]
    } else {
        locks_big.resize(k, null_mut());
        &mut locks_big
    };
    for (j, &i) in order.iter().enumerate() {
        locks[j] = cs[i].c;
    }
    locks.sort_unstable_by_key(|&c| lock_key(c));
    let mut m = 0;
    for j in 0..locks.len() {
        if j == 0 || locks[j] != locks[m - 1] {
            locks[m] = locks[j];
            m += 1;
        }
    }
    let locks = &locks[..m];
    for &c in locks {
        chan(c).lock.lock();
    }
    let unlock_all = |locks: &[*mut Chan]| {
        for &c in locks {
            chan(c).lock.unlock();
        }
    };
    // Pass 1: a ready case.
    for &i in order.iter() {
        let sc = &cs[i];
        let ch = chan(sc.c);
        if sc.dir == 1 {
            if ch.closed {
                unlock_all(locks);
                plain_error(g_of(gp), "send on closed channel");
                return Pair(i as i64, 0);
            }
            if let Some(sg) = ch.recvq.dequeue() {
                let g = send_direct(ch, sg, sc.elem);
                unlock_all(locks);
                sched::ready(g, gp);
                return Pair(i as i64, 0);
            }
            if ch.buf_put(sc.elem) {
                unlock_all(locks);
                return Pair(i as i64, 0);
            }
        } else {
            if let Some(sg) = ch.sendq.dequeue() {
                let g = recv_from_sender(ch, sg, sc.elem);
                unlock_all(locks);
                sched::ready(g, gp);
                return Pair(i as i64, 1);
            }
            if ch.buf_take(sc.elem) {
                unlock_all(locks);
                return Pair(i as i64, 1);
            }
            if ch.closed {
                zero(sc.elem, ch.elemsize);
                unlock_all(locks);
                return Pair(i as i64, 0);
            }
        }
    }
    if block == 0 {
        unlock_all(locks);
        return Pair(-1, 0);
    }
    // Pass 2: wait on every case.
    let g = g_of(gp);
    g.s.select_done.store(0, Relaxed);
    g.s.param = 0;
    let mut sgs: Vec<Sudog> = cs.iter().map(|c| Sudog::new(gp, c.elem)).collect();
    for &i in order.iter() {
        let sg: *mut Sudog = &mut sgs[i];
        // SAFETY: `sgs` is never resized, so the records stay in place.
        unsafe {
            (*sg).is_select = true;
            (*sg).case = i;
        }
        let ch = chan(cs[i].c);
        if cs[i].dir == 1 {
            ch.sendq.push(sg);
        } else {
            ch.recvq.push(sg);
        }
    }
    let lock_refs: Vec<*const SpinLock> = locks
        .iter()
        .map(|&c| &chan(c).lock as *const SpinLock)
        .collect();
    // SAFETY: `*const SpinLock` and `&SpinLock` have the same layout; the
    // locks live in channels that outlive this call.
    let lock_slice: &[&SpinLock] = unsafe {
        std::slice::from_raw_parts(lock_refs.as_ptr() as *const &SpinLock, lock_refs.len())
    };
    sched::park(gp, "select", lock_slice);
    // Pass 3: the winner unlinked its record; unlink the others.
    for &c in locks {
        chan(c).lock.lock();
    }
    let fired = g_of(gp).s.param as *mut Sudog;
    for &i in order.iter() {
        let sg: *mut Sudog = &mut sgs[i];
        let ch = chan(cs[i].c);
        if cs[i].dir == 1 {
            ch.sendq.unlink(sg);
        } else {
            ch.recvq.unlink(sg);
        }
    }
    unlock_all(locks);
    if fired.is_null() {
        unreachable!("select woken without a case");
    }
    // SAFETY: `fired` is one of `sgs`.
    let (case, success) = unsafe { ((*fired).case, (*fired).success) };
    if cs[case].dir == 1 {
        if !success {
            plain_error(g_of(gp), "send on closed channel");
        }
        return Pair(case as i64, 0);
    }
    Pair(case as i64, success as i64)
}

/// Selects with at most this many cases use stack scratch space.
const SMALL: usize = 8;

/// Two results in registers (rax, rdx).
#[repr(C)]
pub struct Pair(pub i64, pub i64);
