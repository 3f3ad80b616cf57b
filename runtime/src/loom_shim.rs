//! Model checking of the channel and select core with loom.
//!
//! Built only with `RUSTFLAGS="--cfg loom"` (see `.ci/run`): the crate then
//! consists of `lock.rs`, `chan.rs` and this shim, which stands in for the
//! scheduler. Each goroutine is a loom thread; `park` releases the handed
//! locks and waits for `ready`, exactly the contract `sched::park` gives
//! (the real worker releases the locks after the switch; here the flag
//! under a mutex plays that role). Loom then explores every interleaving
//! of the channel code itself: wait queues, direct hand-off, buffer, close,
//! and select's claim (`select_done`) and clean-up.

pub use loom::sync::atomic;
use loom::sync::atomic::AtomicU32;
use loom::sync::{Condvar, Mutex};

/// The model's stand-in for the spin lock: a blocking lock (a spinning
/// one makes loom's search explode). Same contract: `lock`/`unlock` in
/// separate calls, possibly by the worker on the goroutine's behalf.
pub struct SpinLock {
    held: Mutex<bool>,
    cv: Condvar,
}

impl Default for SpinLock {
    fn default() -> Self {
        Self::new()
    }
}

impl SpinLock {
    pub fn new() -> SpinLock {
        SpinLock {
            held: Mutex::new(false),
            cv: Condvar::new(),
        }
    }

    pub fn lock(&self) {
        let mut h = self.held.lock().unwrap();
        while *h {
            h = self.cv.wait(h).unwrap();
        }
        *h = true;
    }

    pub fn unlock(&self) {
        *self.held.lock().unwrap() = false;
        self.cv.notify_one();
    }
}

pub struct TypeDesc {
    pub size: u64,
}

pub struct GSched {
    pub select_done: AtomicU32,
    pub param: usize,
    pub rng: u64,
}

pub struct G {
    pub s: GSched,
    woken: Mutex<bool>,
    cv: Condvar,
    pub panic: Option<String>,
}

impl G {
    pub fn new(seed: u64) -> G {
        G {
            s: GSched {
                select_done: AtomicU32::new(0),
                param: 0,
                rng: seed | 1,
            },
            woken: Mutex::new(false),
            cv: Condvar::new(),
            panic: None,
        }
    }
}

thread_local! {
    static ORDER: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Channel creation order within one model execution (the model creates
/// its channels on the main thread, before spawning).
pub fn next_order() -> usize {
    ORDER.with(|o| {
        o.set(o.get() + 1);
        o.get()
    })
}

pub fn g_of<'a>(gp: *mut G) -> &'a mut G {
    // SAFETY: tests pass pointers to live `G`s that outlive every thread.
    unsafe { &mut *gp }
}

pub fn plain_error(g: &mut G, msg: &str) {
    g.panic = Some(msg.to_string());
}

pub fn runtime_error(g: &mut G, msg: &str) {
    g.panic = Some(format!("runtime error: {msg}"));
}

pub fn alloc_raw(n: usize, _p: bool) -> *mut u8 {
    Box::leak(vec![0u8; n].into_boxed_slice()).as_mut_ptr()
}

pub mod sched {
    use super::{g_of, G};
    use crate::lock::SpinLock;

    pub fn park(gp: *mut G, _reason: &'static str, locks: &[&SpinLock]) {
        let g = g_of(gp);
        for l in locks {
            l.unlock();
        }
        let mut w = g.woken.lock().unwrap();
        while !*w {
            w = g.cv.wait(w).unwrap();
        }
        *w = false;
    }

    pub fn ready(g: *mut G, _waker: *mut G) {
        let g = g_of(g);
        *g.woken.lock().unwrap() = true;
        g.cv.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chan::*;
    use loom::thread;

    static I64: TypeDesc = TypeDesc { size: 8 };

    /// Every interleaving with up to 2 preemptions (loom's recommended
    /// bound: bugs needing more are rare); spin-lock retries make paths
    /// long, hence the branch limit.
    fn model(f: impl Fn() + Sync + Send + 'static) {
        let mut b = loom::model::Builder::new();
        b.preemption_bound = Some(2);
        b.max_branches = 1_000_000;
        b.check(move || {
            ORDER.with(|o| o.set(0));
            f()
        });
    }

    struct P<T>(*mut T);
    // SAFETY: the pointed-to values are leaked for the whole model run and
    // each `G` is used by its own thread (others only through the channel
    // code's synchronisation, which is what is being checked).
    unsafe impl<T> Send for P<T> {}
    impl<T> Clone for P<T> {
        fn clone(&self) -> Self {
            *self
        }
    }
    impl<T> Copy for P<T> {}

    fn new_g(seed: u64) -> P<G> {
        P(Box::into_raw(Box::new(G::new(seed))))
    }

    fn mk(cap: i64) -> P<Chan> {
        let g = new_g(1);
        P(gust_makechan(g.0, &I64 as *const TypeDesc, cap))
    }

    fn send(g: P<G>, c: P<Chan>, v: i64) -> Option<String> {
        let mut x = v;
        gust_chansend(g.0, c.0, &mut x as *mut i64 as *mut u8);
        g_of(g.0).panic.take()
    }

    fn recv(g: P<G>, c: P<Chan>) -> (i64, bool) {
        let mut x = 0i64;
        let ok = gust_chanrecv(g.0, c.0, &mut x as *mut i64 as *mut u8);
        (x, ok != 0)
    }

    /// A send happens before the matching receive completes, and the value
    /// arrives exactly once (unbuffered rendezvous).
    #[test]
    fn unbuffered_handoff() {
        model(|| {
            let c = mk(0);
            let data = P(Box::into_raw(Box::new(loom::cell::UnsafeCell::new(0i64))));
            let gs = new_g(2);
            let t = thread::spawn(move || {
                // A plain write before the send must be visible after the
                // receive (loom's UnsafeCell flags a missing happens-before).
                // SAFETY: only this thread writes, before the send.
                unsafe { (*data.0).with_mut(|p| *p = 7) };
                assert_eq!(send(gs, c, 42), None);
            });
            let gr = new_g(3);
            assert_eq!(recv(gr, c), (42, true));
            // SAFETY: the receive completed after the send started.
            assert_eq!(unsafe { (*data.0).with(|p| *p) }, 7);
            t.join().unwrap();
        });
    }

    /// Buffered channel of capacity 1 with two senders: both values arrive,
    /// in some order, none twice.
    #[test]
    fn buffered_two_senders() {
        model(|| {
            let c = mk(1);
            let g1 = new_g(2);
            let g2 = new_g(3);
            let t1 = thread::spawn(move || assert_eq!(send(g1, c, 1), None));
            let t2 = thread::spawn(move || assert_eq!(send(g2, c, 2), None));
            let gr = new_g(4);
            let (a, _) = recv(gr, c);
            let (b, _) = recv(gr, c);
            assert_eq!(a + b, 3);
            assert_ne!(a, b);
            t1.join().unwrap();
            t2.join().unwrap();
        });
    }

    /// Close wakes a blocked receiver with (zero, false), and a send racing
    /// with close either delivers or panics, never both or neither.
    #[test]
    fn close_races() {
        model(|| {
            let c = mk(0);
            let gr = new_g(2);
            let t = thread::spawn(move || recv(gr, c));
            let gs = new_g(3);
            let ts = thread::spawn(move || send(gs, c, 5));
            let gc = new_g(4);
            gust_chanclose(gc.0, c.0);
            assert_eq!(g_of(gc.0).panic.take(), None);
            let (v, ok) = t.join().unwrap();
            let sent = ts.join().unwrap();
            match sent {
                None => assert_eq!((v, ok), (5, true)),
                Some(m) => {
                    assert_eq!(m, "send on closed channel");
                    assert_eq!((v, ok), (0, false));
                }
            }
        });
    }

    /// A select over two channels, each with one sender: the select takes
    /// exactly one value; the other is still delivered afterwards.
    #[test]
    fn select_takes_one() {
        model(|| {
            let a = mk(0);
            let b = mk(0);
            let g1 = new_g(2);
            let g2 = new_g(3);
            let t1 = thread::spawn(move || assert_eq!(send(g1, a, 1), None));
            let t2 = thread::spawn(move || assert_eq!(send(g2, b, 2), None));
            let gs = new_g(4);
            let (mut x, mut y) = (0i64, 0i64);
            let mut cases = [
                Scase {
                    c: a.0,
                    elem: &mut x as *mut i64 as *mut u8,
                    dir: 0,
                },
                Scase {
                    c: b.0,
                    elem: &mut y as *mut i64 as *mut u8,
                    dir: 0,
                },
            ];
            let r = gust_select(gs.0, cases.as_mut_ptr(), 2, 1);
            assert_eq!(r.1, 1);
            let other = if r.0 == 0 {
                assert_eq!(x, 1);
                recv(gs, b)
            } else {
                assert_eq!(y, 2);
                recv(gs, a)
            };
            assert!(other.1);
            assert_eq!(other.0, if r.0 == 0 { 2 } else { 1 });
            t1.join().unwrap();
            t2.join().unwrap();
        });
    }

    /// Two selects compete for one value while the sender is blocked: one
    /// gets it; the other is satisfied by a second send, so no wait record
    /// is lost or completed twice.
    #[test]
    fn competing_selects() {
        model(|| {
            let c = mk(0);
            let quit = mk(0);
            let mk_sel = move |seed: u64| {
                let g = new_g(seed);
                thread::spawn(move || {
                    let mut v = 0i64;
                    let mut q = 0i64;
                    let mut cases = [
                        Scase {
                            c: c.0,
                            elem: &mut v as *mut i64 as *mut u8,
                            dir: 0,
                        },
                        Scase {
                            c: quit.0,
                            elem: &mut q as *mut i64 as *mut u8,
                            dir: 0,
                        },
                    ];
                    let r = gust_select(g.0, cases.as_mut_ptr(), 2, 1);
                    assert_eq!(r.0, 0);
                    v
                })
            };
            let s1 = mk_sel(5);
            let s2 = mk_sel(6);
            let g = new_g(7);
            assert_eq!(send(g, c, 10), None);
            assert_eq!(send(g, c, 20), None);
            let (a, b) = (s1.join().unwrap(), s2.join().unwrap());
            assert_eq!(a + b, 30);
        });
    }
}
