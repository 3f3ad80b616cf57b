//! The goroutine descriptor `G`, passed explicitly to all compiled code.
//!
//! Invariants:
//! - Compiled code reads the first fields at fixed offsets (`G_*` below,
//!   mirrored in `compiler/src/lower/abi.rs` and checked by a vm test):
//!   `stack_guard` (prologue check), `preempt` (back-edge poll),
//!   `panicking` (tested after every call that may panic), `defer_fp`
//!   (frame pointer of the defer thunk running now, for `recover`).
//! - A `G` is only touched by the thread running it; no thread-locals are
//!   used, because a goroutine may move between threads at any suspend.
//! - `panicking != 0` exactly while a panic unwinds: every compiled frame
//!   returns to its caller (running its deferred calls) until a deferred
//!   call recovers or the goroutine's entry reports it.

use crate::abi::Iface;
use std::sync::atomic::AtomicU32;

pub const G_STACK_GUARD: i32 = 0;
pub const G_PREEMPT: i32 = 8;
pub const G_PANICKING: i32 = 12;
pub const G_DEFER_FP: i32 = 16;

#[repr(C)]
pub struct G {
    /// Lowest usable stack address plus a safety margin.
    pub stack_guard: usize,
    /// Non-zero asks the goroutine to yield at its next back-edge poll
    /// (set by other threads: the system monitor).
    pub preempt: AtomicU32,
    /// Non-zero while a panic unwinds.
    pub panicking: u32,
    /// Frame pointer of the running defer thunk.
    pub defer_fp: usize,
    /// Goroutine id (1 for main), as Go prints it in traces.
    pub id: u64,
    /// Pending deferred calls, innermost last.
    pub defers: Vec<DeferRec>,
    /// Active panics, oldest first.
    pub panics: Vec<PanicRec>,
    /// `runtime.Goexit` is unwinding the goroutine (with `panicking` set).
    pub goexit: bool,
    /// Scheduler state (`sched.rs`).
    pub s: crate::sched::GSched,
}

/// A deferred call: `closure` is a func value taking no arguments, pushed by
/// the frame whose frame pointer is `fp`.
#[derive(Clone, Copy)]
pub struct DeferRec {
    pub fp: usize,
    pub closure: *const u8,
}

pub struct PanicRec {
    pub value: Iface,
    pub recovered: bool,
    /// Return addresses from the panic site outwards.
    pub trace: Vec<usize>,
    /// Go prints a `[signal SIGSEGV ...]` line under nil dereferences.
    pub signal_line: bool,
}

impl G {
    pub fn new(id: u64, stack_guard: usize) -> G {
        G {
            stack_guard,
            preempt: AtomicU32::new(0),
            panicking: 0,
            defer_fp: 0,
            id,
            defers: Vec::new(),
            panics: Vec::new(),
            goexit: false,
            s: crate::sched::GSched::new(),
        }
    }
}
