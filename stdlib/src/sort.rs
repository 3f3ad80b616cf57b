//! Natives of package "sort" (the algorithms are Go code in
//! `compiler/src/stdlib/sort.go`): access to a slice held in an empty
//! interface, for `sort.Slice`, and native sorts of `[]int` and `[]string`.
//!
//! Invariants: an `any` argument arrives as `(tab, data)` where `tab` is
//! the dynamic type's `TypeDesc` (null for nil) and, for a slice, `data`
//! points at a boxed `GoSlice` header (slices are not pointer-shaped); the
//! element size is `tab.elem.size`. A non-slice panics with the message of
//! Go's reflection (`reflect: call of Swapper on int Value`) and the natives
//! then return without touching memory. Swaps are bounds-checked.

use gust_runtime::abi::{kind, GoSlice, GoString, TypeDesc};
use gust_runtime::g::G;

/// Go's `reflect.Kind.String()` names, indexed by kind.
const KIND_NAMES: [&str; 27] = [
    "invalid",
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "array",
    "chan",
    "func",
    "interface",
    "map",
    "ptr",
    "slice",
    "string",
    "struct",
    "unsafe.Pointer",
];

/// The slice header and element size of `x`, or a panic (returns None).
fn slice_of(gp: *mut G, tab: *const TypeDesc, data: *mut u8) -> Option<(GoSlice, usize)> {
    // SAFETY: a non-null `tab` of an empty interface is a descriptor
    // emitted by the compiler.
    let t = unsafe { tab.as_ref() };
    match t {
        Some(t) if t.kind == kind::SLICE => {
            // SAFETY: the data word of a slice in an interface points at
            // its boxed, immutable header.
            let s = unsafe { *(data as *const GoSlice) };
            Some((s, t.elem().size as usize))
        }
        _ => {
            let what = match t {
                None => "zero".to_string(),
                Some(t) => KIND_NAMES
                    .get(t.kind as usize)
                    .copied()
                    .unwrap_or("invalid")
                    .to_string(),
            };
            // SAFETY: compiled code passes its own live `G`.
            let g = unsafe { &mut *gp };
            gust_runtime::panic::plain_error(
                g,
                &format!("reflect: call of Swapper on {what} Value"),
            );
            None
        }
    }
}

/// `func lenAny(x any) int`.
#[no_mangle]
pub extern "C" fn gust_sort_lenAny(gp: *mut G, tab: *const TypeDesc, data: *mut u8) -> i64 {
    slice_of(gp, tab, data).map_or(0, |(s, _)| s.len as i64)
}

/// `func swapAny(x any, i, j int)`.
#[no_mangle]
pub extern "C" fn gust_sort_swapAny(
    gp: *mut G,
    tab: *const TypeDesc,
    data: *mut u8,
    i: i64,
    j: i64,
) {
    let Some((s, size)) = slice_of(gp, tab, data) else {
        return;
    };
    let len = s.len as i64;
    if i < 0 || i >= len || j < 0 || j >= len {
        // SAFETY: compiled code passes its own live `G`.
        let g = unsafe { &mut *gp };
        gust_runtime::panic::plain_error(g, "reflect: slice index out of range");
        return;
    }
    if i == j || size == 0 {
        return;
    }
    let (i, j) = (i as usize, j as usize);
    // SAFETY: i and j are distinct in-bounds indices of a slice whose
    // backing array holds `len` elements of `size` bytes, so the two
    // element ranges are valid and do not overlap.
    unsafe {
        let a = s.ptr.add(i * size);
        let b = s.ptr.add(j * size);
        if size == 8 {
            std::ptr::swap(a as *mut u64, b as *mut u64);
        } else if size == 16 {
            std::ptr::swap(a as *mut [u64; 2], b as *mut [u64; 2]);
        } else {
            std::ptr::swap_nonoverlapping(a, b, size);
        }
    }
}

/// `func sortInts(x []int)`.
#[no_mangle]
pub extern "C" fn gust_sort_sortInts(_gp: *mut G, p: *mut i64, len: isize, _cap: isize) {
    if len <= 1 {
        return;
    }
    // SAFETY: a Go []int of length `len` points at `len` initialised ints,
    // which only this goroutine touches during the call.
    let x = unsafe { std::slice::from_raw_parts_mut(p, len as usize) };
    x.sort_unstable();
}

/// `func sortStrings(x []string)`.
#[no_mangle]
pub extern "C" fn gust_sort_sortStrings(_gp: *mut G, p: *mut GoString, len: isize, _cap: isize) {
    if len <= 1 {
        return;
    }
    // SAFETY: as for `gust_sort_sortInts`, with strings.
    let x = unsafe { std::slice::from_raw_parts_mut(p, len as usize) };
    // Equal strings are indistinguishable, so an unstable sort gives Go's
    // result.
    x.sort_unstable_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
}
