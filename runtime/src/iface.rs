//! Dynamic interface conversions: building itabs for (interface, type)
//! pairs met at run time (`x.(I)`, interface-to-interface assignment).
//!
//! Invariants:
//! - An itab is built once per (interface, dynamic type) pair and never
//!   freed; the cache maps the pair to it (or to "does not implement").
//! - A type implements an interface when its descriptor's method table has
//!   every interface method with the same name and signature text.

use crate::abi::{Itab, TypeDesc};
use crate::g::G;
use std::collections::HashMap;
use std::sync::Mutex;

static ITABS: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);

/// The itab of dynamic type `t` for interface `iface`, or null when `t`
/// does not implement it. For the empty interface the "itab" is `t`.
pub fn get_itab(iface: &TypeDesc, t: *const TypeDesc) -> *const u8 {
    if t.is_null() {
        return std::ptr::null();
    }
    if iface.nmethods == 0 {
        return t as *const u8;
    }
    let key = (iface as *const TypeDesc as usize, t as usize);
    let mut cache = ITABS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(&p) = cache.get(&key) {
        return p as *const u8;
    }
    // SAFETY: `t` is a descriptor emitted by the compiler (non-null here).
    let td = unsafe { &*t };
    let mut fns = Vec::with_capacity(iface.nmethods as usize);
    for m in iface.methods() {
        match td.methods().iter().find(|tm| {
            tm.name.as_bytes() == m.name.as_bytes() && tm.sig.as_bytes() == m.sig.as_bytes()
        }) {
            Some(tm) if tm.ifn.is_null() => {
                // The compiler leaves out code only for methods that no
                // interface of the program names: reaching one is its bug.
                crate::io::flush_stdout();
                eprintln!(
                    "fatal error: method {} of {} has no code (compiler bug)",
                    String::from_utf8_lossy(m.name.as_bytes()),
                    String::from_utf8_lossy(td.name.as_bytes())
                );
                crate::io::exit(2)
            }
            Some(tm) => fns.push(tm.ifn),
            None => {
                cache.insert(key, 0);
                return std::ptr::null();
            }
        }
    }
    let words = 2 + fns.len();
    let mem: &'static mut [usize] = Box::leak(vec![0usize; words].into_boxed_slice());
    mem[0] = t as usize;
    mem[1] = iface as *const TypeDesc as usize;
    for (i, f) in fns.iter().enumerate() {
        mem[2 + i] = *f as usize;
    }
    let p = mem.as_ptr() as usize;
    let _ = std::mem::size_of::<Itab>();
    cache.insert(key, p);
    p as *const u8
}

/// `x.(I)` and type switches: the itab (or type, for empty interfaces),
/// null when `t` is nil or does not implement `iface`.
#[no_mangle]
pub extern "C" fn gust_assertI(iface: *const TypeDesc, t: *const TypeDesc) -> *const u8 {
    // SAFETY: compiled code passes an interface descriptor it emitted.
    get_itab(unsafe { &*iface }, t)
}

/// Assignment of a non-empty interface value with dynamic type `t` to
/// interface `iface` (statically known to succeed).
#[no_mangle]
pub extern "C" fn gust_convI2I(
    _gp: *mut G,
    iface: *const TypeDesc,
    t: *const TypeDesc,
) -> *const u8 {
    // SAFETY: compiled code passes an interface descriptor it emitted.
    get_itab(unsafe { &*iface }, t)
}

/// Slow path of the back-edge poll: the system monitor asked the
/// goroutine to yield its worker.
#[no_mangle]
pub extern "C" fn gust_preempt(gp: *mut G) {
    // SAFETY: compiled code passes its own live `G`.
    unsafe { (*gp).preempt.store(0, std::sync::atomic::Ordering::Relaxed) };
    crate::sched::yield_now(gp);
}
