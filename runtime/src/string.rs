//! The string runtime: concatenation, comparison, conversions between
//! strings, byte slices, rune slices and runes, and the UTF-8 step of
//! `for i, r := range s`.
//!
//! Invariants:
//! - Strings are immutable: every conversion from a slice copies, and a
//!   result string never shares bytes with a mutable slice. A result may
//!   share bytes with an input *string* (concatenation with "" returns the
//!   other operand unchanged, as Go does).
//! - UTF-8 decoding follows Go: a byte that does not start a valid,
//!   shortest-form encoding of a scalar value (surrogates and values above
//!   U+10FFFF are invalid) decodes as U+FFFD with width 1.
//! - Encoding a rune that is negative, a surrogate or above U+10FFFF
//!   produces U+FFFD.
//! - Byte and rune slices made from strings get the capacity Go gives a
//!   heap-allocated result: the byte size rounded up to Go's malloc size
//!   class (`slice::roundupsize`). Go gives non-escaping results of up to
//!   32 bytes a 32-element stack buffer instead, and constant strings their
//!   exact length; the compiler may special-case constants.
//! - Results of two words are returned as `#[repr(C)]` structs (SysV
//!   returns them in rax:rdx).

// Entry points are safe `extern "C"` functions that trust the raw pointers
// compiled code passes them (the ABI contract in `abi.rs`), like the rest of
// the runtime; each dereference carries its own SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::abi::{GoSlice, GoString};
use crate::alloc::alloc_raw;
use crate::g::G;
use crate::slice::roundupsize;

/// U+FFFD, Go's `utf8.RuneError`.
pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the rune starting at `b[0]`: `(rune, width)`; invalid input
/// gives `(RUNE_ERROR, 1)`, an empty slice `(RUNE_ERROR, 0)`.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&c0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if c0 < 0x80 {
        return (c0 as u32, 1);
    }
    let (n, min, init) = match c0 {
        0xC2..=0xDF => (2, 0x80, c0 & 0x1F),
        0xE0..=0xEF => (3, 0x800, c0 & 0x0F),
        0xF0..=0xF4 => (4, 0x10000, c0 & 0x07),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = init as u32;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || (0xD800..=0xDFFF).contains(&r) || r > 0x10FFFF {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// The rune `r` stands for when encoded: itself when valid, else U+FFFD.
fn valid_or_error(r: i64) -> u32 {
    if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) {
        r as u32
    } else {
        RUNE_ERROR
    }
}

/// Bytes needed to encode `r` (invalid runes take U+FFFD's 3 bytes).
pub fn rune_len(r: i64) -> usize {
    match valid_or_error(r) {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

/// Encodes `r` into `buf`, returning the number of bytes written.
pub fn encode_rune(r: i64, buf: &mut [u8; 4]) -> usize {
    let r = valid_or_error(r);
    match r {
        0..=0x7F => {
            buf[0] = r as u8;
            1
        }
        0x80..=0x7FF => {
            buf[0] = 0xC0 | (r >> 6) as u8;
            buf[1] = 0x80 | (r & 0x3F) as u8;
            2
        }
        0x800..=0xFFFF => {
            buf[0] = 0xE0 | (r >> 12) as u8;
            buf[1] = 0x80 | ((r >> 6) & 0x3F) as u8;
            buf[2] = 0x80 | (r & 0x3F) as u8;
            3
        }
        _ => {
            buf[0] = 0xF0 | (r >> 18) as u8;
            buf[1] = 0x80 | ((r >> 12) & 0x3F) as u8;
            buf[2] = 0x80 | ((r >> 6) & 0x3F) as u8;
            buf[3] = 0x80 | (r & 0x3F) as u8;
            4
        }
    }
}

/// The bytes of a string passed as (ptr, len).
///
/// # Safety
/// `ptr` points at `len` readable bytes (or `len <= 0`).
unsafe fn bytes<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    if len <= 0 || ptr.is_null() {
        &[]
    } else {
        // SAFETY: caller contract.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    }
}

/// A fresh string of `n` bytes filled by `fill`.
fn new_string(n: usize, fill: impl FnOnce(&mut [u8])) -> GoString {
    if n == 0 {
        return GoString::EMPTY;
    }
    let p = alloc_raw(n, false);
    // SAFETY: `p` is a fresh allocation of `n` bytes.
    fill(unsafe { std::slice::from_raw_parts_mut(p, n) });
    GoString {
        ptr: p,
        len: n as isize,
    }
}

/// A fresh slice of `len` elements of `elem` bytes with Go's rounded-up
/// capacity; returns it with a pointer to its bytes.
fn new_slice(len: usize, elem: usize) -> GoSlice {
    let bytes = roundupsize(len * elem);
    let p = alloc_raw(bytes, false);
    GoSlice {
        ptr: p,
        len: len as isize,
        cap: (bytes / elem) as isize,
    }
}

fn concat_parts(parts: &[GoString]) -> GoString {
    let mut total: usize = 0;
    let mut nonempty = 0;
    let mut last = GoString::EMPTY;
    for s in parts {
        if s.len > 0 {
            nonempty += 1;
            last = *s;
            total = match total.checked_add(s.len as usize) {
                Some(t) if t <= isize::MAX as usize => t,
                _ => crate::panic::fatal("string concatenation too long"),
            };
        }
    }
    if nonempty <= 1 {
        return last;
    }
    new_string(total, |out| {
        let mut at = 0;
        for s in parts {
            let b = s.as_bytes();
            out[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        }
    })
}

/// `a + b`.
#[no_mangle]
pub extern "C" fn gust_concat(
    _gp: *mut G,
    a_ptr: *const u8,
    a_len: isize,
    b_ptr: *const u8,
    b_len: isize,
) -> GoString {
    concat_parts(&[
        GoString {
            ptr: a_ptr,
            len: a_len,
        },
        GoString {
            ptr: b_ptr,
            len: b_len,
        },
    ])
}

/// `parts[0] + parts[1] + ... + parts[n-1]` with one allocation.
#[no_mangle]
pub extern "C" fn gust_concatn(_gp: *mut G, parts: *const GoString, n: isize) -> GoString {
    if n <= 0 {
        return GoString::EMPTY;
    }
    // SAFETY: compiled code passes an array of `n` strings.
    let parts = unsafe { std::slice::from_raw_parts(parts, n as usize) };
    concat_parts(parts)
}

/// Bytewise comparison: -1, 0 or 1.
#[no_mangle]
pub extern "C" fn gust_strcmp(
    a_ptr: *const u8,
    a_len: isize,
    b_ptr: *const u8,
    b_len: isize,
) -> i64 {
    // SAFETY: compiled code passes two valid strings.
    let (a, b) = unsafe { (bytes(a_ptr, a_len), bytes(b_ptr, b_len)) };
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `a == b`.
#[no_mangle]
pub extern "C" fn gust_streq(a_ptr: *const u8, a_len: isize, b_ptr: *const u8, b_len: isize) -> u8 {
    if a_len != b_len {
        return 0;
    }
    if a_ptr == b_ptr {
        return 1;
    }
    // SAFETY: compiled code passes two valid strings.
    let (a, b) = unsafe { (bytes(a_ptr, a_len), bytes(b_ptr, b_len)) };
    (a == b) as u8
}

/// `string(r)` for an integer `r`: its UTF-8 encoding, or "\uFFFD" when
/// `r` is not a valid rune.
#[no_mangle]
pub extern "C" fn gust_intstring(_gp: *mut G, r: i64) -> GoString {
    let mut buf = [0u8; 4];
    let n = encode_rune(r, &mut buf);
    new_string(n, |out| out.copy_from_slice(&buf[..n]))
}

/// `string(b)` for a byte slice (copies).
#[no_mangle]
pub extern "C" fn gust_bytes_to_string(_gp: *mut G, ptr: *const u8, len: isize) -> GoString {
    // SAFETY: compiled code passes a valid slice's data and length.
    let b = unsafe { bytes(ptr, len) };
    new_string(b.len(), |out| out.copy_from_slice(b))
}

/// `[]byte(s)` (copies; capacity rounded up to Go's size class).
#[no_mangle]
pub extern "C" fn gust_string_to_bytes(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    out: *mut GoSlice,
) {
    // SAFETY: compiled code passes a valid string.
    let b = unsafe { bytes(s_ptr, s_len) };
    let sl = new_slice(b.len(), 1);
    // SAFETY: the new array has room for `b.len()` bytes and is fresh;
    // `out` points at writable space for a slice header.
    unsafe {
        std::ptr::copy_nonoverlapping(b.as_ptr(), sl.ptr, b.len());
        *out = sl;
    }
}

/// `string(rs)` for a rune slice.
#[no_mangle]
pub extern "C" fn gust_runes_to_string(_gp: *mut G, ptr: *const i32, len: isize) -> GoString {
    let rs: &[i32] = if len <= 0 || ptr.is_null() {
        &[]
    } else {
        // SAFETY: compiled code passes a valid `[]rune`'s data and length.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    };
    let n: usize = rs.iter().map(|&r| rune_len(r as i64)).sum();
    new_string(n, |out| {
        let mut at = 0;
        let mut buf = [0u8; 4];
        for &r in rs {
            let k = encode_rune(r as i64, &mut buf);
            out[at..at + k].copy_from_slice(&buf[..k]);
            at += k;
        }
    })
}

/// `[]rune(s)` (capacity rounded up to Go's size class).
#[no_mangle]
pub extern "C" fn gust_string_to_runes(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    out: *mut GoSlice,
) {
    // SAFETY: compiled code passes a valid string.
    let b = unsafe { bytes(s_ptr, s_len) };
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        i += decode_rune(&b[i..]).1;
        n += 1;
    }
    let sl = new_slice(n, 4);
    // SAFETY: the new array has room for `n` runes, 8-aligned.
    let rs = unsafe { std::slice::from_raw_parts_mut(sl.ptr as *mut i32, n) };
    let mut i = 0;
    for r in rs.iter_mut() {
        let (c, w) = decode_rune(&b[i..]);
        *r = c as i32;
        i += w;
    }
    // SAFETY: `out` points at writable space for a slice header.
    unsafe { *out = sl };
}

/// One step of `for i, r := range s`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuneNext {
    pub rune: i64,
    /// Index of the next rune.
    pub next: i64,
}

/// The rune at byte `i` of the string and the index after it; invalid
/// UTF-8 gives U+FFFD and `i + 1`.
#[no_mangle]
pub extern "C" fn gust_decoderune(s_ptr: *const u8, s_len: isize, i: i64) -> RuneNext {
    // SAFETY: compiled code passes a valid string.
    let b = unsafe { bytes(s_ptr, s_len) };
    if i < 0 || i as usize >= b.len() {
        return RuneNext {
            rune: RUNE_ERROR as i64,
            next: i + 1,
        };
    }
    let (r, w) = decode_rune(&b[i as usize..]);
    RuneNext {
        rune: r as i64,
        next: i + w as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> Box<G> {
        Box::new(G::new(1, 0))
    }
    fn gs(b: &[u8]) -> GoString {
        crate::panic::go_string(b)
    }

    /// Go's `for i, r := range s` on the same bytes printed these pairs.
    #[test]
    fn range_decoding_matches_go() {
        let s: &[u8] =
            b"a\xffb\xe2\x82\xc0\xed\xa0\x80\xf0\x8f\xbf\xbf\xf4\x90\x80\x80\xc1\xbf\xe2\x82\xac";
        let mut got = vec![];
        let mut i = 0i64;
        while (i as usize) < s.len() {
            let st = gust_decoderune(s.as_ptr(), s.len() as isize, i);
            got.push((i, st.rune));
            i = st.next;
        }
        let mut want = vec![(0, 97), (1, 65533), (2, 98)];
        for j in 3..=18 {
            want.push((j, 65533));
        }
        want.push((19, 8364));
        assert_eq!(got, want);
    }

    #[test]
    fn decode_edges() {
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_rune(b"\x7f"), (0x7f, 1));
        assert_eq!(decode_rune(b"\xc2\x80"), (0x80, 2));
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe0\x9f\xbf"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xe0\xa0\x80"), (0x800, 3));
        assert_eq!(decode_rune(b"\xed\x9f\xbf"), (0xD7FF, 3));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xee\x80\x80"), (0xE000, 3));
        assert_eq!(decode_rune(b"\xef\xbf\xbf"), (0xFFFF, 3));
        assert_eq!(decode_rune(b"\xf0\x90\x80\x80"), (0x10000, 4));
        assert_eq!(decode_rune(b"\xf4\x8f\xbf\xbf"), (0x10FFFF, 4));
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xf5\x80\x80\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\x80"), (RUNE_ERROR, 1));
        // Agreement with Rust's validator: the shortest valid prefix of a
        // sequence starting with a non-ASCII byte is exactly one character.
        for a in 0x80..=0xFFu8 {
            for b in 0..=0xFFu8 {
                for c in [0x00u8, 0x80, 0xBF, 0xC0] {
                    for d in [0x41u8, 0x80] {
                        let v = [a, b, c, d];
                        let want = (1..=4)
                            .find_map(|w| {
                                let s = std::str::from_utf8(&v[..w]).ok()?;
                                Some((s.chars().next()? as u32, w))
                            })
                            .unwrap_or((RUNE_ERROR, 1));
                        assert_eq!(decode_rune(&v), want, "{v:x?}");
                    }
                }
            }
        }
    }

    #[test]
    fn intstring_and_runes() {
        let mut g = g();
        let cases: [(i64, &str); 9] = [
            (65, "A"),
            (0x20AC, "€"),
            (0x10FFFF, "\u{10FFFF}"),
            (-1, "\u{FFFD}"),
            (0xD800, "\u{FFFD}"),
            (0x110000, "\u{FFFD}"),
            (1 << 32 | 65, "\u{FFFD}"),
            (0, "\0"),
            (0x7FF, "\u{7FF}"),
        ];
        for (r, want) in cases {
            assert_eq!(
                gust_intstring(&mut *g, r).as_bytes(),
                want.as_bytes(),
                "{r:#x}"
            );
        }
        let rs = [-1i32, 0xD800, 0x110000, 65, 0x10FFFF];
        let s = gust_runes_to_string(&mut *g, rs.as_ptr(), 5);
        assert_eq!(
            s.as_bytes(),
            "\u{FFFD}\u{FFFD}\u{FFFD}A\u{10FFFF}".as_bytes()
        );
        assert_eq!(gust_runes_to_string(&mut *g, std::ptr::null(), 0).len, 0);
        let src = b"a\xffb\xe2\x82";
        let mut out = GoSlice::NIL;
        gust_string_to_runes(&mut *g, src.as_ptr(), 5, &mut out);
        // SAFETY: the result holds `len` runes.
        let got = unsafe { std::slice::from_raw_parts(out.ptr as *const i32, out.len as usize) };
        assert_eq!(got, &[97, 65533, 98, 65533, 65533]);
    }

    /// `cap([]byte(s))` and `cap([]rune(s))` of escaping conversions of an
    /// n-byte ASCII string in Go 1.19: (n, bytes cap, runes cap).
    #[test]
    fn conversion_capacities_match_go() {
        let mut g = g();
        let go = [
            (0, 0, 0),
            (1, 8, 2),
            (3, 8, 4),
            (8, 8, 8),
            (9, 16, 12),
            (31, 32, 32),
            (32, 32, 32),
            (33, 48, 36),
            (100, 112, 104),
            (1025, 1152, 1216),
            (40000, 40960, 40960),
        ];
        for (n, cb, cr) in go {
            let src = vec![b'x'; n];
            let mut b = GoSlice::NIL;
            gust_string_to_bytes(&mut *g, src.as_ptr(), n as isize, &mut b);
            assert_eq!((b.len, b.cap), (n as isize, cb), "bytes {n}");
            assert!(!b.ptr.is_null());
            // SAFETY: the result holds `len` bytes.
            assert_eq!(unsafe { std::slice::from_raw_parts(b.ptr, n) }, &src[..]);
            let mut r = GoSlice::NIL;
            gust_string_to_runes(&mut *g, src.as_ptr(), n as isize, &mut r);
            assert_eq!((r.len, r.cap), (n as isize, cr), "runes {n}");
        }
    }

    #[test]
    fn concat_compare_copy() {
        let mut g = g();
        let a = gs(b"foo");
        let b = gs(b"bar");
        let e = GoString::EMPTY;
        let c = gust_concat(&mut *g, a.ptr, a.len, b.ptr, b.len);
        assert_eq!(c.as_bytes(), b"foobar");
        let c2 = gust_concat(&mut *g, a.ptr, a.len, e.ptr, e.len);
        assert_eq!(c2.ptr, a.ptr);
        let c3 = gust_concat(&mut *g, e.ptr, 0, e.ptr, 0);
        assert_eq!(c3.len, 0);
        let parts = [a, e, b, gs(b"!"), e];
        let c4 = gust_concatn(&mut *g, parts.as_ptr(), 5);
        assert_eq!(c4.as_bytes(), b"foobar!");
        assert_eq!(gust_concatn(&mut *g, parts.as_ptr(), 0).len, 0);
        let cmp = |x: &[u8], y: &[u8]| {
            gust_strcmp(x.as_ptr(), x.len() as isize, y.as_ptr(), y.len() as isize)
        };
        assert_eq!(cmp(b"abc", b"abd"), -1);
        assert_eq!(cmp(b"abc", b"abc"), 0);
        assert_eq!(cmp(b"abcd", b"abc"), 1);
        assert_eq!(cmp(b"", b"a"), -1);
        assert_eq!(cmp(b"\xff", b"a"), 1);
        assert_eq!(gust_strcmp(std::ptr::null(), 0, std::ptr::null(), 0), 0);
        let eq = |x: &[u8], y: &[u8]| {
            gust_streq(x.as_ptr(), x.len() as isize, y.as_ptr(), y.len() as isize)
        };
        assert_eq!(eq(b"abc", b"abc"), 1);
        assert_eq!(eq(b"abc", b"abd"), 0);
        assert_eq!(eq(b"ab", b"abc"), 0);
        assert_eq!(gust_streq(std::ptr::null(), 0, b"x".as_ptr(), 0), 1);
        let mut buf = *b"hello";
        let s = gust_bytes_to_string(&mut *g, buf.as_ptr(), 5);
        buf[0] = b'j';
        assert_eq!((s.as_bytes(), &buf[..1]), (&b"hello"[..], &b"j"[..]));
        assert_eq!(gust_bytes_to_string(&mut *g, std::ptr::null(), 0).len, 0);
        assert_eq!(g.panicking, 0);
    }
}
