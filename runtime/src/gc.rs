//! The garbage collector: stop-the-world, non-moving mark and sweep over
//! the heap of `heap.rs`.
//!
//! Invariants:
//! - A collection runs on the goroutine whose allocation (or
//!   `runtime.GC`) triggered it, with every other worker stopped between
//!   two goroutines (`sched::stop_the_world`): all other goroutines are
//!   suspended at a call (allocation, back-edge poll, channel or lock
//!   operation, sleep), where their registers are spilled on their stacks
//!   (`with_registers_spilled`) and `GSched::park_sp` marks the lowest
//!   live word. Only one collection runs at a time (`RUNNING`); a
//!   goroutine that finds one running yields to it.
//! - Roots: package variables (registered by the compiled program with
//!   their types), every live goroutine's stack from its saved stack
//!   pointer to its top (conservatively: any word that points into an
//!   allocated object keeps it), each goroutine's entry closure, deferred
//!   calls and panic values, and the closures of pending timers. Channel
//!   buffers, parked senders' values, `sync.Pool` and `sync.Map` contents
//!   are reached from those (they are heap objects or stack values).
//! - Heap objects are scanned precisely from the layout recorded at
//!   allocation; an interior pointer keeps the whole object. Nothing ever
//!   moves, so conservative roots are safe.
//! - The timer thread, the only non-worker thread that hands heap pointers
//!   around, does so under `GATE`'s read side; the collector holds the
//!   write side.
//! - Nothing may allocate while holding a `SpinLock`: an allocation may
//!   stop the world, which waits for every other worker to reach a call.

use crate::abi::TypeDesc;
use crate::g::G;
use crate::heap::{self, find_object, Heap, Kind, MCache, LAYOUT_CONSERVATIVE, MAX_SMALL};
use crate::sched;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::*};
use std::sync::{Mutex, OnceLock, RwLock};

/// Held (read) by the timer thread while it moves closures out of the
/// timer heap; held (write) by the collector.
pub static GATE: RwLock<()> = RwLock::new(());

static RUNNING: AtomicBool = AtomicBool::new(false);

/// Package variables holding pointers: (address, type).
static GLOBALS: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());

/// `GODEBUG=gcstress=N`: a collection every N allocations per worker
/// (read on every allocation; set by `init`).
static STRESS: AtomicU64 = AtomicU64::new(0);

/// Reads GOGC and GODEBUG (called once at start-up).
pub fn init() {
    let stress = godebug("gcstress").and_then(|v| v.parse::<u64>().ok());
    STRESS.store(stress.unwrap_or(0), Relaxed);
    update_goal(0);
}

/// Cache of threads that are not workers (the timer thread, start-up).
static SHARED_CACHE: Mutex<MCache> = Mutex::new(MCache::new());

pub struct Stats {
    pub num_gc: AtomicU64,
    pub forced: AtomicU64,
    pub pause_total: AtomicU64,
    pub pauses: Mutex<([u64; 256], [u64; 256])>,
    pub last_gc: AtomicU64,
}

pub static STATS: Stats = Stats {
    num_gc: AtomicU64::new(0),
    forced: AtomicU64::new(0),
    pause_total: AtomicU64::new(0),
    pauses: Mutex::new(([0; 256], [0; 256])),
    last_gc: AtomicU64::new(0),
};

struct Config {
    /// GOGC; negative: off.
    percent: i64,
    trace: bool,
}

fn godebug(key: &str) -> Option<String> {
    let v = std::env::var("GODEBUG").ok()?;
    v.split(',').find_map(|kv| {
        let (k, val) = kv.split_once('=')?;
        (k.trim() == key).then(|| val.trim().to_string())
    })
}

fn config() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(|| {
        let percent = match std::env::var("GOGC") {
            Ok(v) if v.trim() == "off" => -1,
            Ok(v) => v.trim().parse::<i64>().unwrap_or(100),
            Err(_) => 100,
        };
        Config {
            percent,
            trace: godebug("gctrace").is_some_and(|v| v != "0"),
        }
    })
}

fn update_goal(live: u64) {
    let pct = config().percent;
    let goal = if pct < 0 {
        u64::MAX
    } else {
        (live + live / 100 * pct as u64).max(heap::MIN_GOAL)
    };
    heap::heap().goal.store(goal, Relaxed);
}

/// Allocates a zeroed object of `size` bytes (> 0) with layout `kind`.
pub fn alloc(size: usize, kind: Kind) -> *mut u8 {
    if size > MAX_SMALL {
        let h = heap::heap();
        if h.allocated.load(Relaxed) + size as u64 >= h.goal.load(Relaxed) {
            collect(false);
        }
        return heap::alloc_large(size, kind);
    }
    let stress = STRESS.load(Relaxed);
    if stress != 0 {
        let c = sched::my_mcache();
        if !c.is_null() {
            // SAFETY: this worker's cache; the reference ends before the
            // collection (which may move the goroutine).
            let due = unsafe {
                let c = &mut *c;
                if c.stress_left == 0 {
                    c.stress_left = stress;
                    true
                } else {
                    c.stress_left -= 1;
                    false
                }
            };
            if due {
                collect(false);
            }
        }
    }
    loop {
        let c = sched::my_mcache();
        if c.is_null() {
            let mut c = SHARED_CACHE.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(p) = c.try_alloc(size, kind) {
                    return p;
                }
                c.flush_counts();
                c.refill(size, matches!(kind, Kind::NoScan));
            }
        }
        // SAFETY: the cache of the worker this thread is; it is re-read
        // after anything that may suspend the goroutine (collect).
        let c = unsafe { &mut *c };
        if let Some(p) = c.try_alloc(size, kind) {
            return p;
        }
        c.flush_counts();
        // The slow path is a safepoint: a goroutine that allocates without
        // reaching a loop poll (deep recursion) still stops the world soon.
        let g = sched::current_g();
        // SAFETY: the running goroutine's own G.
        if !g.is_null() && unsafe { (*g).preempt.swap(0, Relaxed) } != 0 {
            sched::yield_now(g);
            continue;
        }
        let h = heap::heap();
        if h.allocated.load(Relaxed) >= h.goal.load(Relaxed)
            && collect(false) != Attempt::NoGoroutine
        {
            // Collected, or yielded to a collection: in both cases `c` may
            // no longer be this goroutine's worker's cache.
            continue;
        }
        c.refill(size, matches!(kind, Kind::NoScan));
    }
}

thread_local! {
    /// Live stack bottom of the goroutine calling runtime.GC on this
    /// thread (0 otherwise); read and cleared by the collection it runs,
    /// which cannot switch threads before reading it.
    static FORCED_SP: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Never inlined: called again after the goroutine may have moved to
/// another thread (see `sched::worker_id`).
#[inline(never)]
fn set_forced_sp(v: (usize, usize)) {
    FORCED_SP.with(|f| f.set(v));
}

/// `runtime.GC` (called from compiled code): a full collection that
/// starts after the call.
pub fn runtime_gc() {
    with_registers_spilled(runtime_gc_from);
}

/// `runtime.GC` with `sp` the live stack bottom of its caller.
fn runtime_gc_from(sp: usize) {
    STATS.forced.fetch_add(1, Relaxed);
    // Done when a cycle that started after this call has finished: ours,
    // or another goroutine's (so callers that race do not starve each
    // other, as in Go).
    let want = STARTED.load(SeqCst) + 1;
    // A stopped world runs nothing else (Go's runtime.GC lets goroutines
    // run during most of its cycle): forced collections leave at least
    // as much time to the program as the last pause took, so a loop of
    // runtime.GC calls cannot starve everything else.
    let me = sched::current_g();
    let earliest = LAST_END.load(SeqCst) + LAST_PAUSE.load(SeqCst);
    if !me.is_null() && crate::timer::nanotime() < earliest {
        sched::sleep_until(me, earliest);
    }
    while STATS.num_gc.load(SeqCst) < want {
        // Set before every attempt: a yield may move the goroutine to
        // another thread.
        set_forced_sp((me as usize, sp));
        if collect(true) != Attempt::Yielded {
            return;
        }
    }
}

/// Monotonic end and length of the last pause (ns).
static LAST_END: AtomicI64 = AtomicI64::new(0);
static LAST_PAUSE: AtomicI64 = AtomicI64::new(0);

/// Collections started so far (`STATS.num_gc` counts finished ones).
static STARTED: AtomicU64 = AtomicU64::new(0);

#[derive(PartialEq, Eq, Clone, Copy)]
pub enum Attempt {
    Ran,
    /// Another collection was running: the goroutine yielded to it (and
    /// may have moved to another worker).
    Yielded,
    /// Not on a goroutine: nothing done.
    NoGoroutine,
}

/// Runs a collection on the current goroutine.
pub fn collect(forced: bool) -> Attempt {
    let me = sched::current_g();
    if me.is_null() {
        return Attempt::NoGoroutine;
    }
    if RUNNING
        .compare_exchange(false, true, Acquire, Relaxed)
        .is_err()
    {
        sched::yield_now(me);
        return Attempt::Yielded;
    }
    STARTED.fetch_add(1, SeqCst);
    let t0 = std::time::Instant::now();
    sched::stop_the_world();
    let gate = GATE.write().unwrap_or_else(|e| e.into_inner());
    let h = heap::heap();
    sched::for_each_mcache(|c| c.flush());
    SHARED_CACHE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .flush();
    let before = h.allocated.load(Relaxed);
    with_registers_spilled(|sp| {
        // A runtime.GC call from compiled code holds nothing in the runtime
        // frames below its caller: scanning from there keeps stale words in
        // those frames from retaining garbage.
        let (g, from) = FORCED_SP.with(|f| f.replace((0, 0)));
        let own = forced && g == me as usize && from != 0;
        mark(h, me, if own { from } else { sp })
    });
    // SAFETY: the world is stopped and every cache flushed.
    let (live, freed) = unsafe { heap::sweep(h) };
    h.allocated.store(live, Relaxed);
    h.frees.fetch_add(freed, Relaxed);
    update_goal(live);
    let pause = t0.elapsed().as_nanos() as u64;
    let n = STATS.num_gc.fetch_add(1, SeqCst) + 1;
    STATS.pause_total.fetch_add(pause, Relaxed);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    STATS.last_gc.store(now, Relaxed);
    {
        let mut p = STATS.pauses.lock().unwrap_or_else(|e| e.into_inner());
        let i = ((n - 1) % 256) as usize;
        p.0[i] = pause;
        p.1[i] = now;
    }
    LAST_PAUSE.store(pause as i64, SeqCst);
    LAST_END.store(crate::timer::nanotime(), SeqCst);
    drop(gate);
    sched::start_the_world();
    RUNNING.store(false, Release);
    if config().trace {
        let mb = |b: u64| b >> 20;
        let line = format!(
            "gc {} @{:.3}s 0%: {:.3} ms clock, {}->{} MB, {} MB goal, {} P{}\n",
            n,
            crate::timer::nanotime() as f64 / 1e9,
            pause as f64 / 1e6,
            mb(before),
            mb(live),
            mb(h.goal.load(Relaxed)),
            sched::gomaxprocs(),
            if forced { " (forced)" } else { "" }
        );
        crate::io::write_stderr(line.as_bytes());
    }
    Attempt::Ran
}

/// Calls `f` with the address of the callee-saved registers spilled into
/// this frame: every register value of the callers is then in memory at
/// or above that address (their frames, or the spill area).
#[inline(never)]
pub fn with_registers_spilled<R>(f: impl FnOnce(usize) -> R) -> R {
    let mut regs = [0usize; 12];
    // SAFETY: stores the callee-saved registers into `regs`, which has
    // room for all of them; nothing else is touched.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            r = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "stp x29, x30, [{r}, #80]",
            r = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    let r = f(regs.as_ptr() as usize);
    std::hint::black_box(&regs);
    r
}

/// Registers the package variables of a compiled program: `table` is
/// `[n, (address, type descriptor) * n]`.
#[no_mangle]
pub extern "C" fn gust_gc_roots(_gp: *mut G, table: *const u64) {
    if table.is_null() {
        return;
    }
    // SAFETY: the compiled program passes its roots table.
    unsafe {
        let n = *table as usize;
        let mut g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
        for i in 0..n {
            g.push((
                *table.add(1 + 2 * i) as usize,
                *table.add(2 + 2 * i) as usize,
            ));
        }
    }
}

struct Marker<'a> {
    h: &'a Heap,
    stack: Vec<(usize, *mut heap::Span, usize)>,
}

impl Marker<'_> {
    #[inline(always)]
    fn ptr(&mut self, p: usize) {
        // SAFETY: the world is stopped (mark's caller).
        if let Some((s, idx)) = unsafe { find_object(self.h, p) } {
            // SAFETY: as above; the span is live and ours.
            let sp = unsafe { &mut *s };
            if sp.set_mark(idx) && !sp.noscan {
                self.stack.push((sp.base + idx * sp.elemsize, s, idx));
            }
        }
    }

    /// Every aligned word of `[lo, hi)` as a possible pointer.
    fn range(&mut self, lo: usize, hi: usize) {
        let mut a = (lo + 7) & !7;
        while a + 8 <= hi {
            // SAFETY: callers pass memory they know is mapped (stacks
            // between their saved pointer and top, heap objects).
            let w = unsafe { *(a as *const usize) };
            self.ptr(w);
            a += 8;
        }
    }

    /// Values of type `t` laid out from `base` over `bytes` bytes.
    fn typed(&mut self, base: usize, t: *const TypeDesc, bytes: usize) {
        // SAFETY: layouts hold descriptors emitted by the compiler.
        let t = unsafe { &*t };
        if t.ptrmap.is_null() || t.size == 0 {
            return;
        }
        let size = t.size as usize;
        if t.kind == crate::abi::kind::ARRAY && !t.elem.is_null() {
            // By element: an array's own pointer map stops at 65,536
            // elements (the compiler's limit), its element's does not.
            let mut off = 0;
            while off + size <= bytes {
                self.typed(base + off, t.elem, size);
                off += size;
            }
            return;
        }
        let mwords = (size / 8).div_ceil(64);
        let mut off = 0;
        while off + size <= bytes {
            for mw in 0..mwords {
                // SAFETY: the map has a bit per word of the type.
                let mut bits = unsafe { *t.ptrmap.add(mw) };
                while bits != 0 {
                    let i = mw * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    // SAFETY: word i of the value lies inside the object.
                    let w = unsafe { *((base + off + 8 * i) as *const usize) };
                    self.ptr(w);
                }
            }
            off += size;
        }
    }

    /// Scans marked objects until none is left. Objects pass through a
    /// small FIFO after leaving the stack, with a prefetch of their first
    /// line on entry, so the memory of one is loading while others are
    /// scanned (marking is bound by cache misses on object memory).
    fn drain(&mut self) {
        const Q: usize = 16;
        let mut ring = [(0usize, std::ptr::null_mut::<heap::Span>(), 0usize); Q];
        let (mut head, mut len) = (0usize, 0usize);
        loop {
            while len < Q {
                let Some(e) = self.stack.pop() else { break };
                prefetch(e.0);
                ring[(head + len) % Q] = e;
                len += 1;
            }
            if len == 0 {
                return;
            }
            let e = ring[head];
            head = (head + 1) % Q;
            len -= 1;
            self.scan(e);
        }
    }

    #[inline(always)]
    fn scan(&mut self, (obj, s, idx): (usize, *mut heap::Span, usize)) {
        {
            // SAFETY: marked spans stay live for the whole collection.
            let sp = unsafe { &*s };
            if !sp.hbits.is_empty() {
                let mut bits = sp.object_bits(idx);
                while bits != 0 {
                    let i = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    // SAFETY: word i of the object.
                    let w = unsafe { *((obj + 8 * i) as *const usize) };
                    self.ptr(w);
                }
                return;
            }
            let layout = sp.layouts[idx];
            let size = sp.elemsize;
            if layout == LAYOUT_CONSERVATIVE {
                self.range(obj, obj + size);
            } else if layout != 0 {
                self.typed(obj, layout as *const TypeDesc, size);
            }
        }
    }
}

#[inline(always)]
fn prefetch(p: usize) {
    // SAFETY: a prefetch is a hint; it never faults, whatever the address.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Marks everything reachable from the roots. `me` runs the collection;
/// its live stack is `[sp, top)`.
fn mark(h: &Heap, me: *mut G, sp: usize) {
    let mut m = Marker {
        h,
        stack: Vec::with_capacity(1024),
    };
    let globals = GLOBALS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    for (addr, t) in globals {
        // SAFETY: registered descriptors are valid.
        let size = unsafe { (*(t as *const TypeDesc)).size } as usize;
        m.typed(addr, t as *const TypeDesc, size);
        m.drain();
    }
    sched::for_each_g(|g, closure| {
        let lo = if std::ptr::eq(g, me) { sp } else { g.s.park_sp };
        let top = g.s.stack_hi;
        if lo != 0 && lo < top {
            m.range(lo, top);
        }
        if let Some(c) = closure {
            m.ptr(c as usize);
        }
        for d in &g.defers {
            m.ptr(d.closure as usize);
        }
        for p in &g.panics {
            m.ptr(p.value.data as usize);
        }
        m.drain();
    });
    crate::timer::for_each_closure(|c| m.ptr(c));
    m.drain();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spilled_registers_sit_below_the_caller() {
        let here = 0usize;
        let sp = with_registers_spilled(|sp| sp);
        assert!(sp < &here as *const usize as usize);
    }
}
