//! Timers: sleeping goroutines and `time` package timers, serviced by one
//! timer thread that waits on a condition variable until the earliest
//! deadline (no busy waiting).
//!
//! Invariants:
//! - `PENDING` counts armed timers. A timer's count is dropped only after
//!   its action has been queued (goroutine readied or spawned), so the
//!   deadlock check (`sched::go_idle`), which reads `PENDING` before the
//!   run queues, never sees "no timers and no work" while a firing timer
//!   is in flight.
//! - Heap entries are `(when, id, seq)`; a stop or reset bumps the timer's
//!   `seq`, so stale heap entries are skipped when they come up.
//! - Firing happens under the collector's gate (`gc::GATE`, read side),
//!   and pending closures are roots (`for_each_closure`).
//! - A sleeping goroutine is armed by its worker after it has parked
//!   (`sched::run`), so the timer can never ready a goroutine that is still
//!   on its stack.

use crate::g::G;
use crate::sched::{self, GPtr};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Instant;

#[derive(Clone, Copy)]
enum Action {
    Ready(GPtr),
    /// Start a goroutine running this func value.
    Spawn(usize),
}

struct Timer {
    when: i64,
    period: i64,
    seq: u64,
    action: Action,
}

#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<(i64, u64, u64)>>,
    map: HashMap<u64, Timer>,
    next_id: u64,
    /// The deadline the timer thread sleeps until (i64::MAX: none; 0:
    /// awake). An insert wakes it only for an earlier deadline.
    wake_at: i64,
}

static TIMERS: Mutex<Option<Timers>> = Mutex::new(None);
static CV: Condvar = Condvar::new();
static PENDING: AtomicUsize = AtomicUsize::new(0);

/// Monotonic nanoseconds since the process started.
pub fn nanotime() -> i64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64
}

/// Whether any timer is armed.
pub fn pending() -> bool {
    PENDING.load(SeqCst) > 0
}

fn with<R>(f: impl FnOnce(&mut Timers) -> R) -> R {
    let mut t = TIMERS.lock().unwrap_or_else(|e| e.into_inner());
    let r = f(t.get_or_insert_with(Timers::default));
    drop(t);
    r
}

fn insert(t: &mut Timers, when: i64, period: i64, action: Action) -> u64 {
    t.next_id += 1;
    let id = t.next_id;
    t.map.insert(
        id,
        Timer {
            when,
            period,
            seq: 0,
            action,
        },
    );
    t.heap.push(Reverse((when, id, 0)));
    PENDING.fetch_add(1, SeqCst);
    if when < t.wake_at {
        t.wake_at = 0;
        CV.notify_one();
    }
    id
}

/// Every closure a pending timer will run (for the collector, with the
/// world stopped and the gate held).
pub fn for_each_closure(mut f: impl FnMut(usize)) {
    with(|t| {
        for tm in t.map.values() {
            if let Action::Spawn(c) = tm.action {
                f(c);
            }
        }
    })
}

/// Arms the wake-up of a parked sleeping goroutine (called by its worker).
pub fn add_sleep(g: *mut G, when: i64) {
    with(|t| insert(t, when, 0, Action::Ready(GPtr(g))));
}

/// Arms a timer that starts a goroutine running `f` at `when`, and again
/// every `period` ns if `period > 0`.
pub fn start_timer(when: i64, period: i64, f: usize) -> u64 {
    with(|t| insert(t, when, period, Action::Spawn(f)))
}

/// Disarms a timer; true if it was armed.
pub fn stop_timer(id: u64) -> bool {
    with(|t| {
        if t.map.remove(&id).is_some() {
            PENDING.fetch_sub(1, SeqCst);
            true
        } else {
            false
        }
    })
}

pub fn start_thread() {
    std::thread::Builder::new()
        .name("gust-timers".into())
        .spawn(timer_thread)
        .expect("cannot start the timer thread");
}

fn timer_thread() {
    let mut fired: Vec<(Action, bool)> = vec![];
    loop {
        // Closures move from the heap to new goroutines under the
        // collector's gate, so a collection sees them in one place or the
        // other.
        let gate = crate::gc::GATE.read().unwrap_or_else(|e| e.into_inner());
        let mut guard = TIMERS.lock().unwrap_or_else(|e| e.into_inner());
        let now = nanotime();
        let t = guard.get_or_insert_with(Timers::default);
        let mut wait: Option<i64> = None;
        while let Some(&Reverse((when, id, seq))) = t.heap.peek() {
            if when > now {
                wait = Some(when - now);
                break;
            }
            t.heap.pop();
            let Some(tm) = t.map.get_mut(&id) else {
                continue;
            };
            if tm.seq != seq {
                continue;
            }
            if tm.period > 0 {
                let mut next = tm.when + tm.period;
                if next <= now {
                    next = now + tm.period;
                }
                tm.when = next;
                let a = tm.action;
                t.heap.push(Reverse((next, id, seq)));
                fired.push((a, false));
            } else {
                let tm = t.map.remove(&id).unwrap();
                fired.push((tm.action, true));
            }
        }
        if !fired.is_empty() {
            drop(guard);
            for (a, done) in fired.drain(..) {
                match a {
                    Action::Ready(g) => sched::ready(g.0, std::ptr::null_mut()),
                    Action::Spawn(f) => sched::spawn(std::ptr::null_mut(), f as *const u8),
                }
                if done {
                    PENDING.fetch_sub(1, SeqCst);
                }
            }
            drop(gate);
            continue;
        }
        drop(gate);
        t.wake_at = match wait {
            Some(ns) => now + ns,
            None => i64::MAX,
        };
        let _unlocked = match wait {
            Some(ns) => {
                CV.wait_timeout(guard, std::time::Duration::from_nanos(ns as u64))
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            }
            None => CV.wait(guard).unwrap_or_else(|e| e.into_inner()),
        };
    }
}
