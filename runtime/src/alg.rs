//! Hashing and equality of Go values, driven by type descriptors, plus the
//! runtime's cheap random numbers.
//!
//! Invariants:
//! - For every seed, `type_eq(t, a, b) == Ok(true)` implies
//!   `type_hash(t, a, seed) == type_hash(t, b, seed)`. NaN is the one value
//!   unequal to itself; its hash is random, so NaN map keys never collide
//!   into one entry (as in Go).
//! - Floats: `+0 == -0` (and they hash alike), `NaN != NaN`. Complex numbers
//!   are a pair of floats.
//! - Strings compare and hash by their bytes only; pointers, channels and
//!   `unsafe.Pointer` by address; bools and integers by value.
//! - Arrays compare elementwise in index order and structs fieldwise in
//!   declaration order, skipping fields named `_`; comparison stops at the
//!   first difference (Go 1.20 spec). Padding bytes are never read.
//! - Interfaces are equal when both are nil, or when their dynamic types
//!   are the same descriptor (one descriptor per type) and the values are
//!   equal. A comparison or hash that reaches a value whose dynamic type is
//!   not comparable returns `Err(that type)`; callers turn it into Go's
//!   `comparing uncomparable type T` / `hash of unhashable type T`.
//! - Nothing here allocates; the `gust_*` entry points panic only through
//!   `panic::runtime_error` (recorded in the `G`, never unwinding).

// Entry points are safe `extern "C"` functions that trust the raw pointers
// compiled code passes them (the ABI contract in `abi.rs`), like the rest of
// the runtime; each dereference carries its own SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::abi::{kind, GoString, Iface, Itab, TypeDesc};
use crate::g::G;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

const K0: u64 = 0x9e37_79b9_7f4a_7c15;
const K1: u64 = 0xd6e8_feb8_6659_fd93;
const K2: u64 = 0xa076_1d64_78bd_642f;
const K3: u64 = 0xe703_7ed1_a0b4_28db;

/// Full 64x64→128 multiply, high and low halves folded together.
#[inline(always)]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = (a as u128).wrapping_mul(b as u128);
    (p as u64) ^ ((p >> 64) as u64)
}

/// Hash of one 64-bit word.
#[inline]
pub fn hash_u64(x: u64, seed: u64) -> u64 {
    fold_mul(fold_mul(x ^ seed ^ K0, K1 ^ seed.rotate_left(23)), K2)
}

#[inline(always)]
fn rd8(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

#[inline(always)]
fn rd4(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[i..i + 4]);
    u32::from_le_bytes(w) as u64
}

/// Hash of a byte string. Up to 16 bytes are read as two (possibly
/// overlapping) words which, with the length, determine the bytes; longer
/// inputs are folded 16 bytes at a time.
#[inline]
pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let n = b.len();
    let mut s = seed ^ K0;
    let (a, c) = if n <= 16 {
        if n >= 8 {
            (rd8(b, 0), rd8(b, n - 8))
        } else if n >= 4 {
            (rd4(b, 0), rd4(b, n - 4))
        } else if n > 0 {
            (
                ((b[0] as u64) << 16) | ((b[n / 2] as u64) << 8) | b[n - 1] as u64,
                0,
            )
        } else {
            (0, 0)
        }
    } else {
        let mut i = 0;
        while n - i > 16 {
            s = fold_mul(rd8(b, i) ^ K1, rd8(b, i + 8) ^ s);
            i += 16;
        }
        (rd8(b, n - 16), rd8(b, n - 8))
    };
    fold_mul(
        K3 ^ n as u64,
        fold_mul(a ^ K1 ^ s, c ^ K2 ^ s.rotate_left(17)),
    )
}

static RAND_SEED: OnceLock<u64> = OnceLock::new();
static RAND_CTR: AtomicU64 = AtomicU64::new(0);

/// A cheap random number (not cryptographic): map seeds, NaN hashes and
/// the start of each map iteration.
pub fn fastrand() -> u64 {
    let seed = *RAND_SEED.get_or_init(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let local = 0u8;
        hash_u64(t, &local as *const u8 as u64 ^ std::process::id() as u64)
    });
    let c = RAND_CTR.fetch_add(K2, Ordering::Relaxed);
    fold_mul(c ^ seed, K3 ^ c.rotate_left(29)) ^ c
}

/// Whether values of `t` can be compared with `==` at all (Go's comparable
/// types; interfaces count as comparable, their dynamic values are checked
/// when compared).
pub fn is_comparable(t: &TypeDesc) -> bool {
    if t.comparable() {
        return true;
    }
    match t.kind {
        kind::FUNC | kind::MAP | kind::SLICE => false,
        kind::ARRAY => is_comparable(t.elem()),
        kind::STRUCT => t.fields().iter().all(|f| is_comparable(f.typ())),
        kind::INVALID => false,
        _ => true,
    }
}

/// Whether `==` on `t` is plain equality of all `t.size` bytes: integers,
/// bools, pointer-shaped values, and arrays/structs of those without
/// padding or blank fields.
pub fn is_mem(t: &TypeDesc) -> bool {
    match t.kind {
        kind::BOOL
        | kind::INT
        | kind::INT8
        | kind::INT16
        | kind::INT32
        | kind::INT64
        | kind::UINT
        | kind::UINT8
        | kind::UINT16
        | kind::UINT32
        | kind::UINT64
        | kind::UINTPTR
        | kind::POINTER
        | kind::CHAN
        | kind::UNSAFE_POINTER => true,
        kind::ARRAY => is_mem(t.elem()),
        kind::STRUCT => {
            let mut end = 0u64;
            for f in t.fields() {
                if f.name.as_bytes() == b"_" || f.offset != end || !is_mem(f.typ()) {
                    return false;
                }
                end = f.offset + f.typ().size;
            }
            end == t.size
        }
        _ => false,
    }
}

/// Whether hashing a value of `t` may fail (it holds an interface).
pub fn hash_might_fail(t: &TypeDesc) -> bool {
    match t.kind {
        kind::INTERFACE => true,
        kind::ARRAY => t.len > 0 && hash_might_fail(t.elem()),
        kind::STRUCT => t.fields().iter().any(|f| hash_might_fail(f.typ())),
        _ => false,
    }
}

/// Whether every value of `t` equals itself (no floats or interfaces
/// inside, which may hold NaN).
pub fn is_reflexive(t: &TypeDesc) -> bool {
    match t.kind {
        kind::FLOAT32 | kind::FLOAT64 | kind::COMPLEX64 | kind::COMPLEX128 | kind::INTERFACE => {
            false
        }
        kind::ARRAY => t.len == 0 || is_reflexive(t.elem()),
        kind::STRUCT => t.fields().iter().all(|f| is_reflexive(f.typ())),
        _ => true,
    }
}

/// The dynamic type and a pointer to the value of the interface at `p`,
/// whose static type is `t` (kind INTERFACE). `None` for a nil interface.
///
/// # Safety
/// `p` points at a valid interface value of type `t`.
unsafe fn iface_parts(t: &TypeDesc, p: *const u8) -> Option<(&'static TypeDesc, *const u8)> {
    // SAFETY: `p` points at an `Iface` (caller contract).
    let v = unsafe { &*(p as *const Iface) };
    if v.tab.is_null() {
        return None;
    }
    let dt: *const TypeDesc = if t.nmethods == 0 {
        v.tab as *const TypeDesc
    } else {
        // SAFETY: a non-empty interface's non-nil `tab` is an `Itab`.
        unsafe { (*(v.tab as *const Itab)).typ }
    };
    // SAFETY: dynamic types are emitted descriptors that live forever.
    let dt: &'static TypeDesc = unsafe { &*dt };
    let vp = if dt.is_direct() {
        &v.data as *const *mut u8 as *const u8
    } else {
        v.data as *const u8
    };
    Some((dt, vp))
}

#[inline]
fn hash_f64(f: f64, seed: u64) -> u64 {
    if f == 0.0 {
        hash_u64(0, seed)
    } else if f.is_nan() {
        hash_u64(fastrand(), seed)
    } else {
        hash_u64(f.to_bits(), seed)
    }
}

/// Hash of the value of type `t` at `p`.
///
/// # Safety
/// `p` points at a valid, initialised value of type `t` (for size-0 types
/// it may be any non-null pointer).
pub unsafe fn type_hash(t: &TypeDesc, p: *const u8, seed: u64) -> Result<u64, &'static TypeDesc> {
    // SAFETY (whole body): `p` points at a value of type `t`, so each read
    // below reads a field of the size and kind the descriptor says.
    unsafe {
        Ok(match t.kind {
            kind::BOOL | kind::INT8 | kind::UINT8 => hash_u64(*p as u64, seed),
            kind::INT16 | kind::UINT16 => hash_u64(*(p as *const u16) as u64, seed),
            kind::INT32 | kind::UINT32 => hash_u64(*(p as *const u32) as u64, seed),
            kind::INT
            | kind::INT64
            | kind::UINT
            | kind::UINT64
            | kind::UINTPTR
            | kind::POINTER
            | kind::CHAN
            | kind::UNSAFE_POINTER => hash_u64(*(p as *const u64), seed),
            kind::FLOAT32 => hash_f64(*(p as *const f32) as f64, seed),
            kind::FLOAT64 => hash_f64(*(p as *const f64), seed),
            kind::COMPLEX64 => {
                let h = hash_f64(*(p as *const f32) as f64, seed);
                hash_f64(*(p as *const f32).add(1) as f64, h)
            }
            kind::COMPLEX128 => {
                let h = hash_f64(*(p as *const f64), seed);
                hash_f64(*(p as *const f64).add(1), h)
            }
            kind::STRING => hash_bytes((*(p as *const GoString)).as_bytes(), seed),
            kind::ARRAY => {
                let e = t.elem();
                let mut h = seed ^ t.len;
                for i in 0..t.len as usize {
                    h = type_hash(e, p.add(i * e.size as usize), h)?;
                }
                h
            }
            kind::STRUCT => {
                let mut h = seed;
                for f in t.fields() {
                    if f.name.as_bytes() == b"_" {
                        continue;
                    }
                    h = type_hash(f.typ(), p.add(f.offset as usize), h)?;
                }
                h
            }
            kind::INTERFACE => match iface_parts(t, p) {
                None => hash_u64(0, seed ^ K3),
                Some((dt, vp)) => {
                    if !is_comparable(dt) {
                        return Err(dt);
                    }
                    type_hash(dt, vp, hash_u64(dt as *const TypeDesc as u64, seed))?
                }
            },
            _ => {
                // SAFETY: `t` came from a `&TypeDesc` whose descriptors live
                // for the whole program (emitted, never freed).
                return Err(&*(t as *const TypeDesc));
            }
        })
    }
}

/// `*a == *b` for values of type `t`.
///
/// # Safety
/// `a` and `b` point at valid, initialised values of type `t`.
pub unsafe fn type_eq(t: &TypeDesc, a: *const u8, b: *const u8) -> Result<bool, &'static TypeDesc> {
    // SAFETY (whole body): both pointers point at values of type `t`; each
    // read matches the descriptor's layout.
    unsafe {
        Ok(match t.kind {
            kind::BOOL | kind::INT8 | kind::UINT8 => *a == *b,
            kind::INT16 | kind::UINT16 => *(a as *const u16) == *(b as *const u16),
            kind::INT32 | kind::UINT32 => *(a as *const u32) == *(b as *const u32),
            kind::INT
            | kind::INT64
            | kind::UINT
            | kind::UINT64
            | kind::UINTPTR
            | kind::POINTER
            | kind::CHAN
            | kind::UNSAFE_POINTER => *(a as *const u64) == *(b as *const u64),
            kind::FLOAT32 => *(a as *const f32) == *(b as *const f32),
            kind::FLOAT64 => *(a as *const f64) == *(b as *const f64),
            kind::COMPLEX64 => {
                let (a, b) = (a as *const f32, b as *const f32);
                *a == *b && *a.add(1) == *b.add(1)
            }
            kind::COMPLEX128 => {
                let (a, b) = (a as *const f64, b as *const f64);
                *a == *b && *a.add(1) == *b.add(1)
            }
            kind::STRING => {
                let (x, y) = (*(a as *const GoString), *(b as *const GoString));
                x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())
            }
            kind::ARRAY => {
                let e = t.elem();
                for i in 0..t.len as usize {
                    let off = i * e.size as usize;
                    if !type_eq(e, a.add(off), b.add(off))? {
                        return Ok(false);
                    }
                }
                true
            }
            kind::STRUCT => {
                for f in t.fields() {
                    if f.name.as_bytes() == b"_" {
                        continue;
                    }
                    let off = f.offset as usize;
                    if !type_eq(f.typ(), a.add(off), b.add(off))? {
                        return Ok(false);
                    }
                }
                true
            }
            kind::INTERFACE => match (iface_parts(t, a), iface_parts(t, b)) {
                (None, None) => true,
                (Some((ta, va)), Some((tb, vb))) => {
                    if !std::ptr::eq(ta, tb) {
                        false
                    } else if !is_comparable(ta) {
                        return Err(ta);
                    } else {
                        type_eq(ta, va, vb)?
                    }
                }
                _ => false,
            },
            _ => {
                // SAFETY: descriptors live for the whole program.
                return Err(&*(t as *const TypeDesc));
            }
        })
    }
}

fn uncomparable(gp: *mut G, t: &TypeDesc) {
    // SAFETY: compiled code passes its own live `G`, used by this thread only.
    let g = unsafe { &mut *gp };
    crate::panic::runtime_error(g, &format!("comparing uncomparable type {}", t.name()));
}

/// `x == y` for two interface values whose dynamic types are `t1`, `t2`
/// (null for nil) and data words `d1`, `d2`.
fn dyn_eq(gp: *mut G, t1: *const TypeDesc, d1: *mut u8, t2: *const TypeDesc, d2: *mut u8) -> u8 {
    if t1 != t2 {
        return 0;
    }
    // SAFETY: non-null dynamic types are emitted descriptors.
    let Some(t) = (unsafe { t1.as_ref() }) else {
        return 1;
    };
    if !is_comparable(t) {
        uncomparable(gp, t);
        return 0;
    }
    if t.is_direct() {
        return (d1 == d2) as u8;
    }
    // SAFETY: for an indirect dynamic type the data words point at values
    // of type `t`.
    match unsafe { type_eq(t, d1, d2) } {
        Ok(r) => r as u8,
        Err(bad) => {
            uncomparable(gp, bad);
            0
        }
    }
}

/// `==` on two empty-interface values `{t1, d1}` and `{t2, d2}`.
#[no_mangle]
pub extern "C" fn gust_efaceeq(
    gp: *mut G,
    t1: *const TypeDesc,
    d1: *mut u8,
    t2: *const TypeDesc,
    d2: *mut u8,
) -> u8 {
    dyn_eq(gp, t1, d1, t2, d2)
}

/// `==` on two non-empty interface values `{tab1, d1}` and `{tab2, d2}`
/// (tabs are `Itab`s or null).
#[no_mangle]
pub extern "C" fn gust_ifaceeq(
    gp: *mut G,
    tab1: *const Itab,
    d1: *mut u8,
    tab2: *const Itab,
    d2: *mut u8,
) -> u8 {
    // SAFETY: non-null tabs are emitted `Itab`s.
    let (t1, t2) = unsafe {
        (
            tab1.as_ref().map_or(std::ptr::null(), |t| t.typ),
            tab2.as_ref().map_or(std::ptr::null(), |t| t.typ),
        )
    };
    dyn_eq(gp, t1, d1, t2, d2)
}

/// `*a == *b` for values of any comparable type `t` (structs, arrays,
/// interfaces...); panics when an interface inside holds an uncomparable
/// dynamic type.
#[no_mangle]
pub extern "C" fn gust_typeeq(gp: *mut G, t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: compiled code passes an emitted descriptor and pointers to
    // two values of that type.
    match unsafe { type_eq(&*t, a, b) } {
        Ok(r) => r as u8,
        Err(bad) => {
            uncomparable(gp, bad);
            0
        }
    }
}

/// Whether the `n` bytes at `a` and `b` are equal.
#[no_mangle]
pub extern "C" fn gust_memequal(a: *const u8, b: *const u8, n: isize) -> u8 {
    if n <= 0 || a == b {
        return 1;
    }
    // SAFETY: compiled code passes two readable ranges of `n` bytes.
    let (x, y) = unsafe {
        (
            std::slice::from_raw_parts(a, n as usize),
            std::slice::from_raw_parts(b, n as usize),
        )
    };
    (x == y) as u8
}

/// Hand-built descriptors for the runtime's unit tests.
#[cfg(test)]
pub(crate) mod testtypes {
    use crate::abi::{kind, FieldDesc, GoString, MethodDesc, TypeDesc};
    use std::ptr;

    pub fn leak<T>(v: T) -> &'static T {
        Box::leak(Box::new(v))
    }

    pub fn td(name: &'static str, size: u64, align: u32, k: u8, flags: u8) -> &'static TypeDesc {
        leak(TypeDesc {
            size,
            align,
            kind: k,
            flags,
            _pad: 0,
            name: GoString::from_static(name),
            elem: ptr::null(),
            key: ptr::null(),
            len: 0,
            fields: ptr::null(),
            nfields: 0,
            methods: ptr::null(),
            nmethods: 0,
            ptrmap: ptr::null(),
            pkg: GoString::EMPTY,
        })
    }

    const C: u8 = TypeDesc::FLAG_COMPARABLE;

    pub fn int() -> &'static TypeDesc {
        td("int", 8, 8, kind::INT, C | TypeDesc::FLAG_NOPTR)
    }
    pub fn int32() -> &'static TypeDesc {
        td("int32", 4, 4, kind::INT32, C | TypeDesc::FLAG_NOPTR)
    }
    pub fn uint8() -> &'static TypeDesc {
        td("uint8", 1, 1, kind::UINT8, C | TypeDesc::FLAG_NOPTR)
    }
    pub fn float64() -> &'static TypeDesc {
        td("float64", 8, 8, kind::FLOAT64, C | TypeDesc::FLAG_NOPTR)
    }
    pub fn string() -> &'static TypeDesc {
        td("string", 16, 8, kind::STRING, C)
    }
    pub fn ptr_to(e: &'static TypeDesc) -> &'static TypeDesc {
        leak(TypeDesc {
            elem: e,
            ..*td("*T", 8, 8, kind::POINTER, C | TypeDesc::FLAG_DIRECT)
        })
    }
    pub fn slice_of(e: &'static TypeDesc) -> &'static TypeDesc {
        leak(TypeDesc {
            elem: e,
            ..*td("[]int", 24, 8, kind::SLICE, 0)
        })
    }
    pub fn array_of(name: &'static str, e: &'static TypeDesc, n: u64) -> &'static TypeDesc {
        leak(TypeDesc {
            elem: e,
            len: n,
            ..*td(name, e.size * n, e.align, kind::ARRAY, 0)
        })
    }
    pub fn eface() -> &'static TypeDesc {
        td("interface {}", 16, 8, kind::INTERFACE, C)
    }
    /// A non-empty interface type with one method.
    pub fn stringer() -> &'static TypeDesc {
        let m: &'static [MethodDesc] = Box::leak(Box::new([MethodDesc {
            name: GoString::from_static("String"),
            sig: GoString::from_static("func() string"),
            ifn: ptr::null(),
        }]));
        leak(TypeDesc {
            methods: m.as_ptr(),
            nmethods: 1,
            ..*td("fmt.Stringer", 16, 8, kind::INTERFACE, C)
        })
    }
    /// A struct with the given (name, type) fields laid out in order.
    pub fn struct_of(
        name: &'static str,
        fs: &[(&'static str, &'static TypeDesc)],
    ) -> &'static TypeDesc {
        let mut off = 0u64;
        let mut align = 1u32;
        let mut v = Vec::new();
        for &(n, t) in fs {
            let a = t.align.max(1) as u64;
            off = off.div_ceil(a) * a;
            align = align.max(t.align);
            v.push(FieldDesc {
                name: GoString::from_static(n),
                typ: t,
                offset: off,
                embedded: 0,
            });
            off += t.size;
        }
        let size = off.div_ceil(align as u64) * align as u64;
        let fields: &'static [FieldDesc] = Box::leak(v.into_boxed_slice());
        leak(TypeDesc {
            fields: fields.as_ptr(),
            nfields: fields.len() as u64,
            ..*td(name, size, align, kind::STRUCT, 0)
        })
    }
    pub fn map_of(k: &'static TypeDesc, v: &'static TypeDesc) -> &'static TypeDesc {
        leak(TypeDesc {
            key: k,
            elem: v,
            ..*td("map[K]V", 8, 8, kind::MAP, TypeDesc::FLAG_DIRECT)
        })
    }
    pub fn gs(s: &'static str) -> GoString {
        GoString::from_static(s)
    }
    /// The message of the runtime error `g` is panicking with.
    pub fn panic_msg(g: &crate::g::G) -> String {
        let v = g.panics.last().expect("a panic").value;
        // SAFETY: runtime errors' data words point at their message.
        let s = unsafe { *(v.data as *const GoString) };
        String::from_utf8(s.as_bytes().to_vec()).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::testtypes::*;
    use super::*;
    use crate::g::G;

    fn h<T>(t: &TypeDesc, v: &T, seed: u64) -> u64 {
        // SAFETY: `v` is a value laid out as `t` says (test contract).
        unsafe { type_hash(t, v as *const T as *const u8, seed).unwrap() }
    }
    fn eq<T>(t: &TypeDesc, a: &T, b: &T) -> Result<bool, *const TypeDesc> {
        // SAFETY: as for `h`.
        unsafe { type_eq(t, a as *const T as *const u8, b as *const T as *const u8) }
            .map_err(|t| t as *const TypeDesc)
    }

    #[test]
    fn bytes_hash_distinguishes_lengths_and_contents() {
        let mut seen = std::collections::HashSet::new();
        let data: Vec<u8> = (0..64u8).collect();
        for n in 0..=64 {
            assert!(seen.insert(hash_bytes(&data[..n], 7)));
        }
        for n in 0..40 {
            let mut d = data[..n].to_vec();
            for i in 0..n {
                d[i] ^= 1;
                assert!(seen.insert(hash_bytes(&d, 7)), "n={n} i={i}");
                d[i] ^= 1;
            }
        }
        assert_ne!(hash_bytes(b"abc", 1), hash_bytes(b"abc", 2));
        assert_eq!(
            hash_bytes(b"abcdefghijklmnopqrstu", 3),
            hash_bytes(b"abcdefghijklmnopqrstu", 3)
        );
    }

    #[test]
    fn ints_strings_floats() {
        let t = int();
        assert_eq!(h(t, &5i64, 1), h(t, &5i64, 1));
        assert_ne!(h(t, &5i64, 1), h(t, &6i64, 1));
        assert_eq!(eq(t, &5i64, &5i64), Ok(true));
        assert_eq!(eq(t, &5i64, &-5i64), Ok(false));
        let s = string();
        let a = GoString::from_static("hello");
        let b = crate::panic::go_string(b"hello");
        assert_eq!(eq(s, &a, &b), Ok(true));
        assert_eq!(h(s, &a, 9), h(s, &b, 9));
        assert_eq!(eq(s, &a, &gs("hellp")), Ok(false));
        assert_eq!(eq(s, &GoString::EMPTY, &gs("")), Ok(true));
        let f = float64();
        assert_eq!(eq(f, &0.0f64, &-0.0f64), Ok(true));
        assert_eq!(h(f, &0.0f64, 3), h(f, &-0.0f64, 3));
        assert_eq!(eq(f, &f64::NAN, &f64::NAN), Ok(false));
        assert_ne!(h(f, &f64::NAN, 3), h(f, &f64::NAN, 3));
        assert_eq!(eq(f, &1.5f64, &1.5f64), Ok(true));
    }

    #[test]
    fn arrays_and_structs() {
        let a3 = array_of("[3]int32", int32(), 3);
        assert_eq!(eq(a3, &[1i32, 2, 3], &[1i32, 2, 3]), Ok(true));
        assert_eq!(eq(a3, &[1i32, 2, 3], &[1i32, 2, 4]), Ok(false));
        assert_eq!(h(a3, &[1i32, 2, 3], 0), h(a3, &[1i32, 2, 3], 0));
        assert!(is_mem(a3));
        // struct { a uint8; _ int32; s string } with garbage in padding and `_`.
        let st = struct_of("main.S", &[("a", uint8()), ("_", int32()), ("s", string())]);
        assert!(!is_mem(st));
        #[repr(C)]
        struct S {
            a: u8,
            pad: [u8; 3],
            blank: i32,
            s: GoString,
        }
        let x = S {
            a: 1,
            pad: [1, 2, 3],
            blank: 7,
            s: gs("x"),
        };
        let y = S {
            a: 1,
            pad: [9, 9, 9],
            blank: 8,
            s: crate::panic::go_string(b"x"),
        };
        assert_eq!(eq(st, &x, &y), Ok(true));
        assert_eq!(h(st, &x, 5), h(st, &y, 5));
        let z = S { a: 2, ..y };
        assert_eq!(eq(st, &x, &z), Ok(false));
        let p = struct_of("main.P", &[("x", int()), ("y", int())]);
        assert!(is_mem(p));
    }

    #[test]
    fn interfaces() {
        let e = eface();
        let it = int();
        let sl = slice_of(it);
        let pt = ptr_to(it);
        let mut five = 5i64;
        let mut five2 = 5i64;
        let a = Iface {
            tab: it as *const _ as *const u8,
            data: &mut five as *mut i64 as *mut u8,
        };
        let b = Iface {
            tab: it as *const _ as *const u8,
            data: &mut five2 as *mut i64 as *mut u8,
        };
        assert_eq!(eq(e, &a, &b), Ok(true));
        assert_eq!(h(e, &a, 1), h(e, &b, 1));
        assert_eq!(eq(e, &a, &Iface::NIL), Ok(false));
        assert_eq!(eq(e, &Iface::NIL, &Iface::NIL), Ok(true));
        // Direct: pointer values held in the data word.
        let p1 = Iface {
            tab: pt as *const _ as *const u8,
            data: &mut five as *mut i64 as *mut u8,
        };
        let p2 = Iface {
            tab: pt as *const _ as *const u8,
            data: &mut five2 as *mut i64 as *mut u8,
        };
        assert_eq!(eq(e, &p1, &p1), Ok(true));
        assert_eq!(eq(e, &p1, &p2), Ok(false));
        // Different dynamic types are unequal without panicking.
        let mut s = GoSlice_::default();
        let si = Iface {
            tab: sl as *const _ as *const u8,
            data: &mut s as *mut _ as *mut u8,
        };
        assert_eq!(eq(e, &si, &a), Ok(false));
        assert!(std::ptr::eq(eq(e, &si, &si).unwrap_err(), sl));
        // SAFETY: `si` is an interface value of type `e`.
        let err = unsafe { type_hash(e, &si as *const Iface as *const u8, 0) }.unwrap_err();
        assert!(std::ptr::eq(err, sl));
        // A struct holding an interface reports the inner dynamic type.
        let st = struct_of("main.W", &[("x", e)]);
        assert!(std::ptr::eq(eq(st, &si, &si).unwrap_err(), sl));
        // Non-empty interface: tab is an Itab whose first word is the type.
        let itab = leak(crate::abi::Itab {
            typ: it,
            iface: stringer(),
            fns: [],
        });
        let ia = Iface {
            tab: itab as *const _ as *const u8,
            data: &mut five as *mut i64 as *mut u8,
        };
        let ib = Iface {
            tab: itab as *const _ as *const u8,
            data: &mut five2 as *mut i64 as *mut u8,
        };
        assert_eq!(eq(stringer(), &ia, &ib), Ok(true));
    }

    #[derive(Default)]
    #[repr(C)]
    struct GoSlice_ {
        p: usize,
        l: isize,
        c: isize,
    }

    #[test]
    fn entry_points_panic_on_uncomparable() {
        let mut g = G::new(1, 0);
        let it = int();
        let sl = slice_of(it);
        let mut x = 3i64;
        let mut y = 3i64;
        let xp = &mut x as *mut i64 as *mut u8;
        let yp = &mut y as *mut i64 as *mut u8;
        assert_eq!(gust_efaceeq(&mut g, it, xp, it, yp), 1);
        assert_eq!(
            gust_efaceeq(&mut g, it, xp, std::ptr::null(), std::ptr::null_mut()),
            0
        );
        assert_eq!(
            gust_efaceeq(&mut g, std::ptr::null(), xp, std::ptr::null(), yp),
            1
        );
        assert_eq!(g.panicking, 0);
        let mut s = GoSlice_::default();
        let sp = &mut s as *mut _ as *mut u8;
        assert_eq!(gust_efaceeq(&mut g, sl, sp, sl, sp), 0);
        assert_eq!(g.panicking, 1);
        assert_eq!(
            panic_msg(&g),
            "runtime error: comparing uncomparable type []int"
        );
        let mut g = G::new(1, 0);
        assert_eq!(
            gust_ifaceeq(&mut g, std::ptr::null(), xp, std::ptr::null(), yp),
            1
        );
        assert_eq!(gust_typeeq(&mut g, it, xp as *const u8, yp as *const u8), 1);
        assert_eq!(gust_memequal(b"abc".as_ptr(), b"abd".as_ptr(), 2), 1);
        assert_eq!(gust_memequal(b"abc".as_ptr(), b"abd".as_ptr(), 3), 0);
        assert_eq!(g.panicking, 0);
    }

    #[test]
    fn fastrand_varies() {
        let a: Vec<u64> = (0..100).map(|_| fastrand()).collect();
        let set: std::collections::HashSet<_> = a.iter().collect();
        assert_eq!(set.len(), 100);
    }
}
