//! Natives of packages runtime, time, sync and sync/atomic: the parts of
//! those packages that must touch the scheduler, the clock or the memory
//! model directly. Everything else in them is Go source
//! (`compiler/src/stdlib/*.go`).
//!
//! Invariants:
//! - Atomic operations are sequentially consistent, as Go's sync/atomic
//!   guarantees; addresses come from compiled code and are aligned.
//! - `atomic.Value`'s two-word loads and stores go through a striped lock
//!   table, so a reader never sees a torn interface value.

use crate::abi::{GoString, Iface, TypeDesc};
use crate::g::G;
use crate::lock::SpinLock;
use crate::sched;
use std::sync::atomic::{AtomicI32, AtomicI64, AtomicU32, AtomicU64, Ordering::SeqCst};

// ------------------------------------------------------------ runtime

#[no_mangle]
pub extern "C" fn gust_runtime_Gosched(gp: *mut G) {
    sched::yield_now(gp)
}

/// `runtime.Goexit`: unwinds the goroutine like a panic that cannot be
/// recovered, running its deferred calls, then ends it.
#[no_mangle]
pub extern "C" fn gust_runtime_Goexit(gp: *mut G) {
    let g = sched::g_of(gp);
    g.goexit = true;
    g.panicking = 1;
}

/// `runtime.GC`: a full collection, finished before it returns.
#[no_mangle]
pub extern "C" fn gust_runtime_GC(_gp: *mut G) {
    crate::gc::runtime_gc();
}

#[no_mangle]
pub extern "C" fn gust_runtime_GOMAXPROCS(_gp: *mut G, n: i64) -> i64 {
    sched::set_gomaxprocs(n)
}

#[no_mangle]
pub extern "C" fn gust_runtime_NumCPU(_gp: *mut G) -> i64 {
    sched::num_cpu() as i64
}

#[no_mangle]
pub extern "C" fn gust_runtime_NumGoroutine(_gp: *mut G) -> i64 {
    sched::num_goroutine()
}

#[no_mangle]
pub extern "C" fn gust_runtime_KeepAlive(_gp: *mut G, _t: *const u8, _d: *const u8) {}

/// `go` statement: starts a goroutine running the func value `closure`.
#[no_mangle]
pub extern "C" fn gust_go(gp: *mut G, closure: *const u8) {
    sched::spawn(gp, closure)
}

// ------------------------------------------------------------ time

#[no_mangle]
pub extern "C" fn gust_time_runtimeNano(_gp: *mut G) -> i64 {
    crate::timer::nanotime()
}

#[no_mangle]
pub extern "C" fn gust_time_unixNano(_gp: *mut G) -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

#[no_mangle]
pub extern "C" fn gust_time_Sleep(gp: *mut G, d: i64) {
    if d <= 0 {
        return;
    }
    let when = crate::timer::nanotime().saturating_add(d);
    sched::sleep_until(gp, when);
}

#[no_mangle]
pub extern "C" fn gust_time_startTimer(_gp: *mut G, when: i64, period: i64, f: *const u8) -> i64 {
    crate::timer::start_timer(when, period, f as usize) as i64
}

#[no_mangle]
pub extern "C" fn gust_time_stopTimer(_gp: *mut G, id: i64) -> u8 {
    crate::timer::stop_timer(id as u64) as u8
}

// ------------------------------------------------------------ sync

/// Go's `throw` from package sync: `fatal error: {s}` with the trace of the
/// running goroutine; exit 2.
#[no_mangle]
pub extern "C" fn gust_sync_fatal(gp: *mut G, p: *const u8, n: isize) {
    let s = GoString { ptr: p, len: n };
    let msg = String::from_utf8_lossy(s.as_bytes()).into_owned();
    crate::panic::fatal_with_trace(gp, &msg)
}

// ------------------------------------------------------------ sync/atomic

macro_rules! atomics {
    ($at:ty, $t:ty, $add:ident, $cas:ident, $load:ident, $store:ident, $swap:ident) => {
        #[no_mangle]
        pub extern "C" fn $add(_gp: *mut G, p: *mut $t, d: $t) -> $t {
            // SAFETY: compiled code passes an aligned pointer to a live value.
            let a = unsafe { <$at>::from_ptr(p) };
            a.fetch_add(d, SeqCst).wrapping_add(d)
        }
        #[no_mangle]
        pub extern "C" fn $cas(_gp: *mut G, p: *mut $t, old: $t, new: $t) -> u8 {
            // SAFETY: as above.
            let a = unsafe { <$at>::from_ptr(p) };
            a.compare_exchange(old, new, SeqCst, SeqCst).is_ok() as u8
        }
        #[no_mangle]
        pub extern "C" fn $load(_gp: *mut G, p: *mut $t) -> $t {
            // SAFETY: as above.
            let a = unsafe { <$at>::from_ptr(p) };
            a.load(SeqCst)
        }
        #[no_mangle]
        pub extern "C" fn $store(_gp: *mut G, p: *mut $t, v: $t) {
            // SAFETY: as above.
            let a = unsafe { <$at>::from_ptr(p) };
            a.store(v, SeqCst)
        }
        #[no_mangle]
        pub extern "C" fn $swap(_gp: *mut G, p: *mut $t, v: $t) -> $t {
            // SAFETY: as above.
            let a = unsafe { <$at>::from_ptr(p) };
            a.swap(v, SeqCst)
        }
    };
}

atomics!(
    AtomicI32,
    i32,
    gust_sync_atomic_AddInt32,
    gust_sync_atomic_CompareAndSwapInt32,
    gust_sync_atomic_LoadInt32,
    gust_sync_atomic_StoreInt32,
    gust_sync_atomic_SwapInt32
);
atomics!(
    AtomicI64,
    i64,
    gust_sync_atomic_AddInt64,
    gust_sync_atomic_CompareAndSwapInt64,
    gust_sync_atomic_LoadInt64,
    gust_sync_atomic_StoreInt64,
    gust_sync_atomic_SwapInt64
);
atomics!(
    AtomicU32,
    u32,
    gust_sync_atomic_AddUint32,
    gust_sync_atomic_CompareAndSwapUint32,
    gust_sync_atomic_LoadUint32,
    gust_sync_atomic_StoreUint32,
    gust_sync_atomic_SwapUint32
);
atomics!(
    AtomicU64,
    u64,
    gust_sync_atomic_AddUint64,
    gust_sync_atomic_CompareAndSwapUint64,
    gust_sync_atomic_LoadUint64,
    gust_sync_atomic_StoreUint64,
    gust_sync_atomic_SwapUint64
);
atomics!(
    AtomicU64,
    u64,
    gust_sync_atomic_AddUintptr,
    gust_sync_atomic_CompareAndSwapUintptr,
    gust_sync_atomic_LoadUintptr,
    gust_sync_atomic_StoreUintptr,
    gust_sync_atomic_SwapUintptr
);

const STRIPES: usize = 64;
#[allow(clippy::declare_interior_mutable_const)]
const FREE: SpinLock = SpinLock::new();
static VALUE_LOCKS: [SpinLock; STRIPES] = [FREE; STRIPES];

fn value_lock(p: *mut Iface) -> &'static SpinLock {
    &VALUE_LOCKS[((p as usize) >> 4) % STRIPES]
}

#[no_mangle]
pub extern "C" fn gust_sync_atomic_loadValue(_gp: *mut G, p: *mut Iface) -> Iface {
    let l = value_lock(p);
    l.lock();
    // SAFETY: `p` points at a live interface value guarded by its stripe.
    let v = unsafe { *p };
    l.unlock();
    v
}

#[no_mangle]
pub extern "C" fn gust_sync_atomic_storeValue(
    _gp: *mut G,
    p: *mut Iface,
    t: *const u8,
    d: *mut u8,
) {
    let l = value_lock(p);
    l.lock();
    // SAFETY: as above.
    unsafe { *p = Iface { tab: t, data: d } };
    l.unlock();
}

#[no_mangle]
pub extern "C" fn gust_sync_atomic_swapValue(
    _gp: *mut G,
    p: *mut Iface,
    t: *const u8,
    d: *mut u8,
) -> Iface {
    let l = value_lock(p);
    l.lock();
    // SAFETY: as above.
    let old = unsafe { std::ptr::replace(p, Iface { tab: t, data: d }) };
    l.unlock();
    old
}

#[no_mangle]
pub extern "C" fn gust_sync_atomic_casValue(
    gp: *mut G,
    p: *mut Iface,
    ot: *const u8,
    od: *mut u8,
    nt: *const u8,
    nd: *mut u8,
) -> u8 {
    let l = value_lock(p);
    l.lock();
    // SAFETY: as above.
    let cur = unsafe { *p };
    // Comparing may panic (uncomparable dynamic type): compare outside the
    // lock, then re-check that the value did not change meanwhile.
    l.unlock();
    let eq = crate::alg::gust_efaceeq(
        gp,
        cur.tab as *const TypeDesc,
        cur.data,
        ot as *const TypeDesc,
        od,
    );
    if eq == 0 || sched::g_of(gp).panicking != 0 {
        return 0;
    }
    l.lock();
    // SAFETY: as above.
    let now = unsafe { *p };
    let ok = now.tab == cur.tab && now.data == cur.data;
    if ok {
        // SAFETY: as above.
        unsafe { *p = Iface { tab: nt, data: nd } };
    }
    l.unlock();
    ok as u8
}
