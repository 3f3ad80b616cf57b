//! Natives of package "errors" (the rest is Go code in
//! `compiler/src/stdlib/errors.go`): the reflection that `errors.Is` and
//! `errors.As` need.
//!
//! Invariants: an `any` arrives as `(type descriptor or null, data)`, an
//! `error` as `(itab or null, data)` whose itab's first word is the dynamic
//! type; type identity is descriptor identity. `asTarget` is only called
//! after `checkAsTarget` returned 0, so its target is a non-nil pointer to
//! a `TypeDesc::elem` type; it writes exactly `elem.size` bytes there.

use gust_runtime::abi::{kind, Iface, TypeDesc};
use gust_runtime::g::G;

/// `func isComparable(x any) bool`.
#[no_mangle]
pub extern "C" fn gust_errors_isComparable(
    _gp: *mut G,
    tab: *const TypeDesc,
    _data: *mut u8,
) -> u8 {
    // SAFETY: a non-null type word of an empty interface is a descriptor.
    match unsafe { tab.as_ref() } {
        Some(t) => t.comparable() as u8,
        None => 1,
    }
}

/// Whether the method set of `t` has `Error() string`.
fn implements_error(t: &TypeDesc) -> bool {
    t.find_method(b"Error")
        .is_some_and(|m| m.sig.as_bytes() == b"func() string")
}

/// `func checkAsTarget(target any) int`: 0 when usable, 1 when `target`
/// is not a non-nil pointer, 2 when `*target` is neither an interface nor
/// implements error.
#[no_mangle]
pub extern "C" fn gust_errors_checkAsTarget(
    _gp: *mut G,
    tab: *const TypeDesc,
    data: *mut u8,
) -> i64 {
    // SAFETY: as in `gust_errors_isComparable`.
    let Some(t) = (unsafe { tab.as_ref() }) else {
        return 1;
    };
    if t.kind != kind::POINTER || data.is_null() {
        return 1;
    }
    let elem = t.elem();
    if elem.kind == kind::INTERFACE || implements_error(elem) {
        0
    } else {
        2
    }
}

/// `func asTarget(err error, target any) bool`.
#[no_mangle]
pub extern "C" fn gust_errors_asTarget(
    _gp: *mut G,
    etab: *const u8,
    edata: *mut u8,
    ttab: *const TypeDesc,
    tdata: *mut u8,
) -> u8 {
    if etab.is_null() {
        return 0;
    }
    // SAFETY: a non-nil error's tab is an itab whose first word is the
    // dynamic type's descriptor.
    let dyn_t = unsafe { *(etab as *const *const TypeDesc) };
    // SAFETY: `checkAsTarget` accepted `target`: a pointer type descriptor.
    let target_t = unsafe { &*ttab }.elem();
    if target_t.kind == kind::INTERFACE {
        let itab = gust_runtime::iface::get_itab(target_t, dyn_t);
        if itab.is_null() {
            return 0;
        }
        // SAFETY: `tdata` is a non-nil pointer to an interface variable.
        unsafe {
            *(tdata as *mut Iface) = Iface {
                tab: itab,
                data: edata,
            }
        };
        return 1;
    }
    if !std::ptr::eq(dyn_t, target_t) {
        return 0;
    }
    // SAFETY: `tdata` points at a variable of type `target_t`, the dynamic
    // type of `err`; the interface holds that value directly (pointer-shaped
    // types) or points at an immutable copy of `size` bytes.
    unsafe {
        if target_t.is_direct() {
            *(tdata as *mut *mut u8) = edata;
        } else {
            std::ptr::copy_nonoverlapping(edata as *const u8, tdata, target_t.size as usize);
        }
    }
    1
}
