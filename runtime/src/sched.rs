//! The M:N scheduler: goroutines (stackful coroutines) on worker threads.
//!
//! Invariants:
//! - A goroutine (`G`) runs on at most one worker at a time. It is in one
//!   of the states below; only the transitions named here happen:
//!   `RUNNABLE -> RUNNING` (a worker takes it from a queue),
//!   `RUNNING -> WAITING` (it parks itself), `WAITING -> RUNNABLE`
//!   (`ready`, by whoever dequeued its wait record under the lock that
//!   guards that record), `RUNNING -> RUNNABLE` (yield, preemption),
//!   `RUNNING -> DEAD` (its function returned).
//! - A goroutine that parks hands the locks guarding its wait records to
//!   its worker (`park`), which releases them only after the switch back
//!   to the worker's stack. So no waker can make a goroutine runnable
//!   while it still runs on its stack, and every lock is taken and released
//!   on one thread. Nothing touches a parked goroutine's stack except
//!   through its wait records (sudogs), which stay valid until it resumes.
//! - Compiled code never reads thread-locals; the current goroutine is
//!   passed explicitly, and the current worker is reached through
//!   `GSched::worker`, which only the worker running the goroutine sets.
//! - Work is found in this order: the worker's run-next slot (a goroutine
//!   just made ready by the running one: it runs next on the same worker,
//!   without a cross-core wake-up), its local deque, the global injector,
//!   then the other workers' deques. Every 61 schedules the injector goes
//!   first so it cannot starve.
//! - Idle workers park (no busy waiting). A worker goes idle by registering
//!   in `IDLE` *before* re-checking every queue, and whoever queues work
//!   checks for idle workers *after* queueing it (both with SeqCst), so a
//!   wake-up is never lost.
//! - When every worker is idle, no queue holds work and no timer is
//!   pending, nothing can ever run again: that is Go's deadlock, reported
//!   with every goroutine's wait reason and trace.
//! - `main` returning ends the process at once (`io::exit`).
//! - Stopping the world (for the collector, `gc.rs`): `STOP` is set, then
//!   every other worker's `cur` is awaited to be null; a worker publishes
//!   `cur` *before* re-checking `STOP` (both SeqCst), so no goroutine
//!   starts running once the collector has seen every worker empty.
//!   Every suspension records the goroutine's live stack bottom
//!   (`park_sp`) with its registers spilled above it.
//! - A worker's `MCache` is touched by its own thread, or by the collector
//!   while that worker is stopped.

use crate::g::G;
use crate::heap::MCache;
use crate::lock::SpinLock;
use crate::stack::{self, GStack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use crossbeam_deque::{Injector, Steal, Stealer, Worker as Deque};
use crossbeam_utils::sync::{Parker, Unparker};
use std::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering::*,
};
use std::sync::{Mutex, OnceLock};

pub const IDLE_G: u32 = 0;
pub const RUNNABLE: u32 = 1;
pub const RUNNING: u32 = 2;
pub const WAITING: u32 = 3;
pub const DEAD: u32 = 4;

/// Why a goroutine left its worker.
pub enum Yield {
    /// Parked: the worker releases `GSched::unlock` and, for a sleep,
    /// arms the timer.
    Park,
    /// `runtime.Gosched` or a preemption at a back-edge poll: back to the
    /// global queue.
    Yield,
}

type Coro = Coroutine<(), Yield, (), GStack>;

/// Code of a goroutine's entry: a func value `func()` (closure layout:
/// code word first) called as `code(gp, closure)`.
pub type Entry = extern "C" fn(*mut G, *const u8);

/// Per-goroutine scheduler state.
pub struct GSched {
    pub status: AtomicU32,
    pub wait_reason: &'static str,
    /// Frame pointer of `park`'s frame while parked (for traces).
    pub park_fp: usize,
    /// Lowest live stack address while suspended (0: not started).
    pub park_sp: usize,
    yielder: *const Yielder<(), Yield>,
    coro: Option<Coro>,
    stack: Option<GStack>,
    /// The worker running this goroutine (valid while RUNNING).
    worker: *mut Local,
    /// Locks the worker releases after the goroutine parked.
    unlock: [*const SpinLock; 4],
    unlock_n: usize,
    /// More locks (a select over many channels): pointer and length of a
    /// slice on the parked goroutine's stack.
    unlock_more: (*const *const SpinLock, usize),
    /// A sleep to arm after parking: monotonic deadline in ns.
    pub sleep_until: Option<i64>,
    /// Set by the waker that won a select (0 = still waiting).
    pub select_done: AtomicU32,
    /// The wait record that completed the wait (for select).
    pub param: usize,
    entry: Option<(Entry, *const u8)>,
    pub rng: u64,
    /// Bounds of the goroutine's stack (for the stack-overflow report).
    pub stack_lo: usize,
    pub stack_hi: usize,
}

impl Default for GSched {
    fn default() -> Self {
        Self::new()
    }
}

impl GSched {
    pub fn new() -> GSched {
        GSched {
            status: AtomicU32::new(IDLE_G),
            wait_reason: "",
            park_fp: 0,
            park_sp: 0,
            yielder: std::ptr::null(),
            coro: None,
            stack: None,
            worker: std::ptr::null_mut(),
            unlock: [std::ptr::null(); 4],
            unlock_n: 0,
            unlock_more: (std::ptr::null(), 0),
            sleep_until: None,
            select_done: AtomicU32::new(0),
            param: 0,
            entry: None,
            rng: 0x9e37_79b9_7f4a_7c15,
            stack_lo: 0,
            stack_hi: 0,
        }
    }
}

/// A goroutine pointer that crosses threads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct GPtr(pub *mut G);
// SAFETY: a G is handed between threads only through the scheduler's
// queues, which transfer ownership (RUNNABLE goroutines are run by exactly
// one worker); the coroutine inside only holds Send data across suspends
// (no thread-locals, no lock guards), which corosensei requires for
// resuming on another thread.
unsafe impl Send for GPtr {}

/// The part of a worker other threads see.
struct Shared {
    stealer: Stealer<GPtr>,
    runnext: AtomicPtr<G>,
    cur: AtomicPtr<G>,
    tick: AtomicU64,
    unparker: Unparker,
    mcache: CacheCell,
}

struct CacheCell(std::cell::UnsafeCell<MCache>);
// SAFETY: see the module invariant on MCache: one thread at a time.
unsafe impl Sync for CacheCell {}

thread_local! {
    /// Index of the worker this thread is (usize::MAX: not a worker).
    static WORKER_ID: std::cell::Cell<usize> = const { std::cell::Cell::new(usize::MAX) };
}

/// Set while the world is stopped or stopping.
static STOP: AtomicBool = AtomicBool::new(false);
/// Workers stopped by the last stop that have not yet resumed a
/// goroutine: the next stop waits for them, so back-to-back collections
/// cannot starve the goroutines they stopped.
static RESUMING: AtomicUsize = AtomicUsize::new(0);
static WORLD: Mutex<()> = Mutex::new(());
static WORLD_CV: std::sync::Condvar = std::sync::Condvar::new();

/// The part of a worker only its own thread touches.
pub struct Local {
    id: usize,
    deque: Deque<GPtr>,
    parker: Parker,
    gfree: Vec<*mut G>,
    tick: u64,
    rng: u64,
}

// SAFETY: a `Local` moves to its worker thread once, at start-up, before
// any goroutine exists; afterwards only that thread touches it.
unsafe impl Send for Local {}

struct Idle {
    list: Vec<usize>,
}

struct Sched {
    injector: Injector<GPtr>,
    shared: Vec<Shared>,
    nworkers: usize,
    idle: Mutex<Idle>,
    nidle: AtomicUsize,
    searching: AtomicUsize,
    allg: Mutex<Vec<GPtr>>,
    gfree: Mutex<Vec<GPtr>>,
    live: AtomicI64,
    next_id: AtomicU64,
    gomaxprocs: AtomicUsize,
    /// main called runtime.Goexit.
    main_exited: AtomicBool,
}

static SCHED: OnceLock<Sched> = OnceLock::new();

fn sched() -> &'static Sched {
    SCHED.get().expect("scheduler not started")
}

pub fn g_of<'a>(gp: *mut G) -> &'a mut G {
    // SAFETY: callers pass the live G they run on (or one they own through
    // a wait record under its lock).
    unsafe { &mut *gp }
}

/// The number of CPUs (`runtime.NumCPU`).
pub fn num_cpu() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

fn gomaxprocs_env() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(num_cpu)
}

// ------------------------------------------------------------ start-up

/// Starts the scheduler and runs `entry` (the program's `runtime.main`) as
/// goroutine 1. Never returns: the process ends when main returns, panics,
/// or deadlocks.
pub fn start(entry: extern "C" fn(*mut G)) -> ! {
    let procs = gomaxprocs_env();
    // Workers beyond GOMAXPROCS are created when runtime.GOMAXPROCS asks.
    let n = procs.max(num_cpu()).min(256);
    let mut locals = vec![];
    let mut shared = vec![];
    for i in 0..n {
        let deque = Deque::new_fifo();
        let parker = Parker::new();
        shared.push(Shared {
            stealer: deque.stealer(),
            runnext: AtomicPtr::new(std::ptr::null_mut()),
            cur: AtomicPtr::new(std::ptr::null_mut()),
            tick: AtomicU64::new(0),
            unparker: parker.unparker().clone(),
            mcache: CacheCell(std::cell::UnsafeCell::new(MCache::new())),
        });
        locals.push(Local {
            id: i,
            deque,
            parker,
            gfree: vec![],
            tick: 0,
            rng: 0x2545_f491_4f6c_dd1d ^ (i as u64 + 1).wrapping_mul(0x9e37_79b9),
        });
    }
    let _ = SCHED.set(Sched {
        injector: Injector::new(),
        shared,
        nworkers: n,
        idle: Mutex::new(Idle { list: vec![] }),
        nidle: AtomicUsize::new(0),
        searching: AtomicUsize::new(0),
        allg: Mutex::new(vec![]),
        gfree: Mutex::new(vec![]),
        live: AtomicI64::new(0),
        next_id: AtomicU64::new(1),
        gomaxprocs: AtomicUsize::new(procs.min(n)),
        main_exited: AtomicBool::new(false),
    });
    crate::gc::init();
    crate::timer::start_thread();
    // The main goroutine: its own 1 GiB stack.
    let st = stack::alloc_main();
    let g = Box::into_raw(Box::new(G::new(0, st.limit + (1 << 20))));
    {
        let gm = g_of(g);
        gm.id = sched().next_id.fetch_add(1, Relaxed);
        gm.s.stack = Some(st);
        extern "C" fn main_trampoline(gp: *mut G, code: *const u8) {
            // SAFETY: `code` is the program entry, `fn(gp)`.
            let f = unsafe { std::mem::transmute::<*const u8, extern "C" fn(*mut G)>(code) };
            f(gp);
            let g = g_of(gp);
            if g.panicking != 0 && !g.goexit {
                crate::panic::die_of_panic(gp);
            }
            if g.goexit {
                // main called runtime.Goexit: the program goes on until the
                // other goroutines are done (then it is a deadlock).
                sched().main_exited.store(true, SeqCst);
                return;
            }
            crate::io::exit(0)
        }
        gm.s.entry = Some((main_trampoline, entry as *const u8));
    }
    sched().allg.lock().unwrap().push(GPtr(g));
    sched().live.fetch_add(1, SeqCst);
    make_coro(g);
    g_of(g).s.status.store(RUNNABLE, SeqCst);
    sched().injector.push(GPtr(g));
    std::thread::Builder::new()
        .name("gust-sysmon".into())
        .spawn(sysmon)
        .expect("cannot start sysmon");
    let mut locals = locals.into_iter();
    let first = locals.next().unwrap();
    for l in locals {
        std::thread::Builder::new()
            .name(format!("gust-worker-{}", l.id))
            .stack_size(1 << 20)
            .spawn(move || worker_main(l))
            .expect("cannot start a worker thread");
    }
    worker_main(first)
}

fn make_coro(g: *mut G) {
    let gm = g_of(g);
    let st = gm.s.stack.take().expect("goroutine without a stack");
    gm.s.stack_lo = st.limit;
    gm.s.stack_hi = st.base;
    gm.s.park_sp = 0;
    let gptr = GPtr(g);
    let co = Coro::with_stack(st, move |y: &Yielder<(), Yield>, ()| {
        let g = gptr.0;
        let gm = g_of(g);
        gm.s.yielder = y as *const _;
        let (code, arg) = gm.s.entry.take().unwrap();
        code(g, arg);
    });
    gm.s.coro = Some(co);
}

// ------------------------------------------------------------ workers

fn worker_main(mut l: Local) -> ! {
    crate::signal::install_on_thread();
    WORKER_ID.with(|w| w.set(l.id));
    let lp: *mut Local = &mut l;
    loop {
        let g = find_runnable(lp);
        run(lp, g);
    }
}

fn run(lp: *mut Local, g: *mut G) {
    // SAFETY: `lp` is this thread's own worker state; no reference to it
    // lives across the resume below (the goroutine reaches it through
    // `GSched::worker` only while it runs here).
    let id = unsafe {
        (*lp).tick += 1;
        (*lp).id
    };
    let sh = &sched().shared[id];
    let mut waited = false;
    loop {
        sh.cur.store(g, SeqCst);
        let stop = STOP.load(SeqCst);
        if waited {
            RESUMING.fetch_sub(1, SeqCst);
        }
        if !stop {
            break;
        }
        // The world is stopping: wait with the goroutine in hand, then
        // run it before the next stop can begin (`RESUMING`).
        sh.cur.store(std::ptr::null_mut(), SeqCst);
        RESUMING.fetch_add(1, SeqCst);
        wait_world();
        waited = true;
    }
    sh.tick.fetch_add(1, Relaxed);
    let gm = g_of(g);
    gm.s.worker = lp;
    gm.s.status.store(RUNNING, Relaxed);
    let co: *mut Coro = gm.s.coro.as_mut().unwrap();
    // SAFETY: the coroutine belongs to `g`, which this worker alone runs.
    let r = unsafe { (*co).resume(()) };
    sh.cur.store(std::ptr::null_mut(), Release);
    match r {
        CoroutineResult::Yield(Yield::Park) => {
            let gm = g_of(g);
            gm.s.worker = std::ptr::null_mut();
            if let Some(when) = gm.s.sleep_until.take() {
                crate::timer::add_sleep(g, when);
                return;
            }
            let n = gm.s.unlock_n;
            let locks = gm.s.unlock;
            let (more, more_n) = gm.s.unlock_more;
            gm.s.unlock_n = 0;
            gm.s.unlock_more = (std::ptr::null(), 0);
            // From the first unlock on, `g` may be resumed elsewhere: only
            // the copies above are used.
            for &lk in &locks[..n] {
                // SAFETY: the goroutine handed us these held locks; they
                // live in channels/buckets that outlive its wait.
                unsafe { (*lk).unlock() };
            }
            for i in 0..more_n {
                // SAFETY: the slice lives on the parked goroutine's stack,
                // which cannot resume before its last lock is released; the
                // element is read before that lock's release.
                unsafe { (**more.add(i)).unlock() };
            }
        }
        // To the global queue, as in Go, so a yielding goroutine lets
        // every other one run first.
        CoroutineResult::Yield(Yield::Yield) => {
            let gm = g_of(g);
            gm.s.worker = std::ptr::null_mut();
            gm.s.status.store(RUNNABLE, Relaxed);
            sched().injector.push(GPtr(g));
            wake_idle();
        }
        CoroutineResult::Return(()) => {
            let gm = g_of(g);
            gm.s.worker = std::ptr::null_mut();
            gm.s.status.store(DEAD, Relaxed);
            let co = gm.s.coro.take().unwrap();
            gm.s.stack = Some(co.into_stack());
            let left = sched().live.fetch_sub(1, SeqCst) - 1;
            // SAFETY: as above, this thread's own worker state.
            let l = unsafe { &mut *lp };
            if l.gfree.len() < 256 {
                l.gfree.push(g);
            } else {
                // Keeps its stack: the system monitor releases the memory
                // of stacks that stay unused (`trim_free_stacks`).
                let mut batch: Vec<GPtr> = l.gfree.drain(128..).map(GPtr).collect();
                batch.push(GPtr(g));
                sched().gfree.lock().unwrap().extend(batch);
            }
            if left == 0 && sched().main_exited.load(SeqCst) {
                crate::panic::fatal("no goroutines (main called runtime.Goexit) - deadlock!");
            }
        }
    }
}

fn next_rand(r: &mut u64) -> u64 {
    *r ^= *r << 13;
    *r ^= *r >> 7;
    *r ^= *r << 17;
    *r
}

fn find_runnable(lp: *mut Local) -> *mut G {
    let s = sched();
    loop {
        // SAFETY: this thread's own worker state.
        let l = unsafe { &mut *lp };
        let sh = &s.shared[l.id];
        if l.id >= s.gomaxprocs.load(Relaxed) {
            // Beyond GOMAXPROCS: hand queued work to the others and sleep.
            hand_off_all(l);
            go_idle(l, false);
            continue;
        }
        if l.tick % 61 == 0 {
            if let Steal::Success(g) = s.injector.steal() {
                return g.0;
            }
        }
        let rn = sh.runnext.swap(std::ptr::null_mut(), Acquire);
        if !rn.is_null() {
            return rn;
        }
        if let Some(g) = l.deque.pop() {
            return g.0;
        }
        if let Some(g) = steal_injector(l) {
            return g;
        }
        // Search the other queues for a short while before sleeping: while
        // a worker searches, producers skip the (syscall) wake-up.
        s.searching.fetch_add(1, SeqCst);
        let deadline = std::time::Instant::now() + std::time::Duration::from_micros(SPIN_US);
        let found = loop {
            let last = std::time::Instant::now() >= deadline;
            // Another worker's run-next goroutine waits for that worker's
            // current one: take it only when about to sleep, so pairs that
            // hand off to each other stay on one worker.
            if let Some(g) = steal_others(l, last) {
                break Some(g);
            }
            if let Some(g) = steal_injector(l) {
                break Some(g);
            }
            let rn = sh.runnext.swap(std::ptr::null_mut(), Acquire);
            if !rn.is_null() {
                break Some(rn);
            }
            if last || l.id >= s.gomaxprocs.load(Relaxed) {
                break None;
            }
            for _ in 0..32 {
                std::hint::spin_loop();
            }
        };
        let left = s.searching.fetch_sub(1, SeqCst) - 1;
        if let Some(g) = found {
            if left == 0 {
                // The last searcher found work: there may be more.
                wake_idle();
            }
            return g;
        }
        go_idle(l, true);
    }
}

/// How long an idle worker keeps looking for work before it parks.
const SPIN_US: u64 = 30;

fn steal_injector(l: &Local) -> Option<*mut G> {
    loop {
        match sched().injector.steal_batch_and_pop(&l.deque) {
            Steal::Success(g) => return Some(g.0),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

fn steal_others(l: &mut Local, take_runnext: bool) -> Option<*mut G> {
    let s = sched();
    let n = s.gomaxprocs.load(Relaxed).min(s.nworkers);
    if n <= 1 {
        return None;
    }
    for round in 0..3 {
        let start = (next_rand(&mut l.rng) as usize) % n;
        for k in 0..n {
            let v = (start + k) % n;
            if v == l.id {
                continue;
            }
            loop {
                match s.shared[v].stealer.steal_batch_and_pop(&l.deque) {
                    Steal::Success(g) => return Some(g.0),
                    Steal::Empty => break,
                    Steal::Retry => continue,
                }
            }
            if take_runnext && round == 2 {
                let rn = s.shared[v].runnext.swap(std::ptr::null_mut(), Acquire);
                if !rn.is_null() {
                    return Some(rn);
                }
            }
        }
        if let Some(g) = steal_injector(l) {
            return Some(g);
        }
    }
    None
}

fn hand_off_all(l: &mut Local) {
    let s = sched();
    let rn = s.shared[l.id].runnext.swap(std::ptr::null_mut(), Acquire);
    if !rn.is_null() {
        s.injector.push(GPtr(rn));
    }
    while let Some(g) = l.deque.pop() {
        s.injector.push(g);
    }
}

fn any_work() -> bool {
    let s = sched();
    if !s.injector.is_empty() {
        return true;
    }
    let n = s.gomaxprocs.load(Relaxed).min(s.nworkers);
    s.shared[..n]
        .iter()
        .any(|w| !w.stealer.is_empty() || !w.runnext.load(SeqCst).is_null())
}

/// Parks the worker until woken. `active`: the worker is within
/// GOMAXPROCS and may be woken for work.
fn go_idle(l: &mut Local, active: bool) {
    let s = sched();
    {
        let mut idle = s.idle.lock().unwrap_or_else(|e| e.into_inner());
        if active {
            idle.list.push(l.id);
        }
        let n = s.nidle.fetch_add(1, SeqCst) + 1;
        fence(SeqCst);
        if active && any_work() {
            idle.list.retain(|&i| i != l.id);
            s.nidle.fetch_sub(1, SeqCst);
            return;
        }
        if n == s.nworkers && !crate::timer::pending() && !any_work() {
            drop(idle);
            deadlock();
        }
    }
    l.parker.park();
    if !active {
        // Nobody took an inactive worker off the idle count.
        s.nidle.fetch_sub(1, SeqCst);
    }
}

/// Wakes one idle worker if there is one and nobody is already looking
/// for work.
pub fn wake_idle() {
    let s = sched();
    fence(SeqCst);
    if s.nidle.load(SeqCst) == 0 || s.searching.load(SeqCst) > 0 {
        return;
    }
    let w = {
        let mut idle = s.idle.lock().unwrap_or_else(|e| e.into_inner());
        let w = idle.list.pop();
        if w.is_some() {
            s.nidle.fetch_sub(1, SeqCst);
        }
        w
    };
    if let Some(w) = w {
        s.shared[w].unparker.unpark();
    }
}

// ------------------------------------------------------------ goroutines

/// Makes a parked goroutine runnable. `waker` is the goroutine doing it
/// (null when not on a goroutine, e.g. the timer thread): the woken one
/// goes to the waker's run-next slot so it runs next on the same worker.
pub fn ready(g: *mut G, waker: *mut G) {
    let s = sched();
    g_of(g).s.status.store(RUNNABLE, Release);
    let w = if waker.is_null() {
        std::ptr::null_mut()
    } else {
        g_of(waker).s.worker
    };
    if w.is_null() {
        s.injector.push(GPtr(g));
        wake_idle();
        return;
    }
    // SAFETY: the waker runs on this worker now, on this thread.
    let l = unsafe { &mut *w };
    let old = s.shared[l.id].runnext.swap(g, AcqRel);
    if !old.is_null() {
        l.deque.push(GPtr(old));
        wake_idle();
    }
}

/// Parks the running goroutine `gp` with `reason`; `locks` (held) are
/// released by the worker once the goroutine is off its stack. Returns
/// when someone made it ready.
#[inline(never)]
pub fn park(gp: *mut G, reason: &'static str, locks: &[&SpinLock]) {
    let g = g_of(gp);
    if locks.len() <= 4 {
        for (i, l) in locks.iter().enumerate() {
            g.s.unlock[i] = *l as *const SpinLock;
        }
        g.s.unlock_n = locks.len();
    } else {
        g.s.unlock_more = (locks.as_ptr() as *const *const SpinLock, locks.len());
    }
    suspend_waiting(g, reason, crate::panic::frame_pointer());
}

/// Parks the running goroutine until the monotonic time `when` (ns).
#[inline(never)]
pub fn sleep_until(gp: *mut G, when: i64) {
    let g = g_of(gp);
    g.s.sleep_until = Some(when);
    suspend_waiting(g, "sleep", crate::panic::frame_pointer());
}

/// The common tail of `park` and `sleep_until`: records why and where
/// (`fp`, the parking function's frame) the goroutine waits, then switches
/// to its worker.
#[inline(always)]
fn suspend_waiting(g: &mut G, reason: &'static str, fp: usize) {
    g.s.wait_reason = reason;
    g.s.park_fp = fp;
    g.s.status.store(WAITING, Release);
    suspend(g, Yield::Park);
}

/// Switches to the worker, recording the live stack bottom for the
/// collector first.
#[inline(always)]
fn suspend(g: &mut G, why: Yield) {
    let y = g.s.yielder;
    let gp: *mut G = g;
    crate::gc::with_registers_spilled(move |sp| {
        // SAFETY: `gp` is the running goroutine; `yielder` was set when its
        // coroutine started and stays valid while it runs, on its stack.
        unsafe {
            (*gp).s.park_sp = sp;
            (*y).suspend(why)
        }
    });
}

/// Yields the worker (`runtime.Gosched`, or a preemption): the goroutine
/// goes to the global queue, as in Go.
pub fn yield_now(gp: *mut G) {
    let g = g_of(gp);
    if g.s.yielder.is_null() {
        return;
    }
    suspend(g, Yield::Yield);
}

/// Starts a goroutine running the func value `closure` (`func()`).
/// `parent` is the goroutine executing the `go` statement, or null.
pub fn spawn(parent: *mut G, closure: *const u8) {
    let s = sched();
    let w = if parent.is_null() {
        std::ptr::null_mut()
    } else {
        g_of(parent).s.worker
    };
    let mut g: *mut G = std::ptr::null_mut();
    if !w.is_null() {
        // SAFETY: the parent runs on this worker, on this thread.
        if let Some(x) = unsafe { (*w).gfree.pop() } {
            g = x;
        }
    }
    if g.is_null() && !w.is_null() {
        // Refill the worker's cache in one go.
        let mut gl = s.gfree.lock().unwrap();
        let k = gl.len().saturating_sub(64);
        // SAFETY: as above.
        unsafe { (*w).gfree.extend(gl.drain(k..).map(|x| x.0)) };
        drop(gl);
        // SAFETY: as above.
        if let Some(x) = unsafe { (*w).gfree.pop() } {
            g = x;
        }
    } else if g.is_null() {
        if let Some(x) = s.gfree.lock().unwrap().pop() {
            g = x.0;
        }
    }
    if g.is_null() {
        g = Box::into_raw(Box::new(G::new(0, 0)));
        s.allg.lock().unwrap().push(GPtr(g));
    }
    let gm = g_of(g);
    gm.id = s.next_id.fetch_add(1, Relaxed);
    gm.panicking = 0;
    gm.defer_fp = 0;
    gm.goexit = false;
    gm.preempt.store(0, Relaxed);
    gm.defers.clear();
    gm.panics.clear();
    gm.s.rng =
        gm.s.rng
            .wrapping_add(gm.id.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            | 1;
    let st = gm.s.stack.take().unwrap_or_else(stack::alloc);
    gm.stack_guard = st.guard();
    gm.s.stack = Some(st);
    extern "C" fn go_trampoline(gp: *mut G, closure: *const u8) {
        // SAFETY: `closure` is a func value of type func(): its first word
        // is code taking (gp, closure).
        unsafe {
            let code = *(closure as *const Entry);
            code(gp, closure);
        }
        let g = g_of(gp);
        if g.panicking != 0 && !g.goexit {
            crate::panic::die_of_panic(gp);
        }
    }
    gm.s.entry = Some((go_trampoline, closure));
    make_coro(g);
    s.live.fetch_add(1, SeqCst);
    gm.s.status.store(RUNNABLE, Release);
    if w.is_null() {
        s.injector.push(GPtr(g));
    } else {
        // SAFETY: as above.
        unsafe { (*w).deque.push(GPtr(g)) };
    }
    wake_idle();
}

/// The id of the goroutine running on the stack that contains `sp`, if
/// any (for signal handlers: lock-free, reads only atomics and bounds).
pub fn goroutine_at(sp: usize) -> Option<u64> {
    let s = SCHED.get()?;
    for w in &s.shared {
        let g = w.cur.load(Acquire);
        if g.is_null() {
            continue;
        }
        let gm = g_of(g);
        if gm.s.stack_lo <= sp && sp < gm.s.stack_hi {
            return Some(gm.id);
        }
    }
    None
}

/// The worker this thread is (usize::MAX: not a worker).
///
/// Never inlined: a goroutine may resume on another thread after any
/// suspension, and the compiler assumes a function stays on one thread, so
/// an inlined thread-local access could reuse the old thread's address.
#[inline(never)]
pub fn worker_id() -> usize {
    WORKER_ID.with(|w| w.get())
}

/// The allocation cache of the worker this thread is (null elsewhere).
pub fn my_mcache() -> *mut MCache {
    let id = worker_id();
    match SCHED.get() {
        Some(s) if id < s.nworkers => s.shared[id].mcache.0.get(),
        _ => std::ptr::null_mut(),
    }
}

/// The goroutine running on this thread (null when not on a goroutine).
pub fn current_g() -> *mut G {
    let id = worker_id();
    match SCHED.get() {
        Some(s) if id < s.nworkers => s.shared[id].cur.load(Relaxed),
        _ => std::ptr::null_mut(),
    }
}

fn wait_world() {
    let mut w = WORLD.lock().unwrap_or_else(|e| e.into_inner());
    while STOP.load(SeqCst) {
        w = WORLD_CV.wait(w).unwrap_or_else(|e| e.into_inner());
    }
}

/// Stops every worker but the caller's between two goroutines: asks the
/// running ones to yield at their next poll and waits until none runs.
pub fn stop_the_world() {
    let s = sched();
    let me = worker_id();
    while RESUMING.load(SeqCst) > 0 {
        std::thread::yield_now();
    }
    STOP.store(true, SeqCst);
    let mut spins = 0u32;
    loop {
        let mut busy = false;
        for (i, w) in s.shared.iter().enumerate() {
            if i == me {
                continue;
            }
            let g = w.cur.load(SeqCst);
            if !g.is_null() {
                busy = true;
                // SAFETY: G structures are never freed; a stale preempt
                // request on a recycled one is harmless.
                unsafe { (*g).preempt.store(1, Relaxed) };
            }
        }
        if !busy {
            return;
        }
        spins += 1;
        if spins < 64 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

/// Lets the stopped workers go on.
pub fn start_the_world() {
    {
        let _w = WORLD.lock().unwrap_or_else(|e| e.into_inner());
        STOP.store(false, SeqCst);
    }
    WORLD_CV.notify_all();
}

/// Every worker's allocation cache (world stopped).
pub fn for_each_mcache(mut f: impl FnMut(&mut MCache)) {
    for w in &sched().shared {
        // SAFETY: the world is stopped: no worker touches its cache.
        f(unsafe { &mut *w.mcache.0.get() });
    }
}

/// Every goroutine that is not dead, for the collector (world stopped):
/// `f(g, entry closure if not started)`.
pub fn for_each_g(mut f: impl FnMut(&G, Option<*const u8>)) {
    let all = sched().allg.lock().unwrap_or_else(|e| e.into_inner());
    for g in all.iter() {
        let gm = g_of(g.0);
        let st = gm.s.status.load(SeqCst);
        if st == DEAD || st == IDLE_G {
            continue;
        }
        let closure = gm.s.entry.map(|(_, c)| c);
        f(gm, closure);
    }
}

/// The GOMAXPROCS setting.
pub fn gomaxprocs() -> usize {
    sched().gomaxprocs.load(Relaxed)
}

/// `runtime.NumGoroutine`.
pub fn num_goroutine() -> i64 {
    sched().live.load(SeqCst)
}

/// `runtime.GOMAXPROCS(n)`: sets the number of active workers (n > 0) and
/// returns the previous setting.
pub fn set_gomaxprocs(n: i64) -> i64 {
    let s = sched();
    let old = s.gomaxprocs.load(SeqCst);
    if n > 0 {
        let n = (n as usize).min(s.nworkers);
        s.gomaxprocs.store(n, SeqCst);
        if n > old {
            // Workers that were beyond the limit sleep outside the idle
            // list: wake them.
            for w in &s.shared[old..n] {
                w.unparker.unpark();
            }
        }
    }
    old as i64
}

// ------------------------------------------------------------ monitoring

/// Preempts goroutines that ran for more than 10 ms without a switch, and
/// wakes an idle worker when some worker sits on queued work.
fn sysmon() {
    let s = sched();
    let mut last: Vec<u64> = vec![0; s.nworkers];
    let mut since: Vec<std::time::Instant> = vec![std::time::Instant::now(); s.nworkers];
    let mut delay = 1u64;
    let mut last_trim = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let now = std::time::Instant::now();
        let mut busy = false;
        for (i, w) in s.shared.iter().enumerate() {
            let t = w.tick.load(Relaxed);
            let cur = w.cur.load(Acquire);
            if cur.is_null() {
                last[i] = t;
                since[i] = now;
                continue;
            }
            busy = true;
            if t != last[i] {
                last[i] = t;
                since[i] = now;
            } else if now.duration_since(since[i]).as_millis() >= 10 {
                // SAFETY: G structures are never freed (they are recycled),
                // so the store hits a live G; a spurious preemption of a
                // recycled one is harmless.
                unsafe { (*cur).preempt.store(1, Relaxed) };
                since[i] = now;
            }
        }
        if busy && s.nidle.load(SeqCst) > 0 && any_work() {
            wake_idle();
        }
        if now.duration_since(last_trim).as_millis() >= 500 {
            last_trim = now;
            trim_free_stacks();
        }
        delay = if busy { 5 } else { (delay * 2).min(50) };
    }
}

/// Returns the memory of stacks of dead goroutines beyond a reserve of
/// 256 in the global free list (`MADV_DONTNEED`); the goroutine structures
/// stay for reuse and get a fresh stack slot when reused.
fn trim_free_stacks() {
    let s = sched();
    let mut out: Vec<GStack> = vec![];
    {
        let gl = s.gfree.lock().unwrap_or_else(|e| e.into_inner());
        let n = gl.len();
        for x in gl.iter().take(n.saturating_sub(256)) {
            if let Some(st) = g_of(x.0).s.stack.take() {
                out.push(st);
            }
        }
    }
    for st in out {
        stack::free(st);
    }
}

/// Go's deadlock report: every goroutine with its wait reason and where it
/// blocked; exit 2.
fn deadlock() -> ! {
    crate::io::begin_exit();
    let s = sched();
    let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    let all: Vec<GPtr> = s.allg.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let waiting = all
        .iter()
        .any(|g| g_of(g.0).s.status.load(SeqCst) == WAITING);
    if !waiting {
        out = String::from("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    }
    for g in all {
        let gm = g_of(g.0);
        if gm.s.status.load(SeqCst) != WAITING {
            continue;
        }
        out.push_str(&format!("\ngoroutine {} [{}]:\n", gm.id, gm.s.wait_reason));
        out.push_str(&crate::panic::trace_parked(gm.s.park_fp));
    }
    crate::io::write_stderr(out.as_bytes());
    crate::io::exit(2)
}
