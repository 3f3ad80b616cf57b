//! Native entry points behind the Go-side `strconv` wrappers.
//!
//! ABI (SysV, as for every Gust entry point): `gp` first, then the Go
//! parameters flattened — string → `(ptr, len)`, int → `i64`, rune → `i32`,
//! byte → `u8`, bool → `u8`, float64 → `f64`. Results of up to two words
//! come back as a `#[repr(C)]` struct in registers (`IntErr` in rax:rdx,
//! `FloatErr` in xmm0 + rax); larger results are written through an out
//! pointer passed second, laid out like the Go struct of the results.
//!
//! Error codes (the `code` fields): 0 nil, 1 `ErrSyntax`, 2 `ErrRange`,
//! 3 `invalid base N`, 4 `invalid bit size N` (the wrapper knows N: it is
//! the `base`/`bitSize` argument). The wrapper builds the `*NumError`.
//!
//! Invariants: strings returned are fresh Go heap strings
//! (`gust_runtime::panic::go_string`); Go's own panics (illegal base or
//! bit size) are raised with `gust_runtime::panic::plain_error` and the
//! function returns an empty result; nothing here unwinds.

use crate::fmt::str_arg;
use crate::strconv;
use gust_runtime::abi::GoString;
use gust_runtime::g::G;
use gust_runtime::panic::{go_string, plain_error};

/// `(int64, error code)`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IntErr {
    pub v: i64,
    pub code: i64,
}

/// `(uint64, error code)`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UintErr {
    pub v: u64,
    pub code: i64,
}

/// `(float64, error code)`: `v` in xmm0, `code` in rax.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FloatErr {
    pub v: f64,
    pub code: i64,
}

/// `(string, error code)`, written through an out pointer.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct StrErr {
    pub s: GoString,
    pub code: i64,
}

/// `UnquoteChar`'s `(value rune, multibyte bool, tail string, error
/// code)`, laid out like the Go struct of those results.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct UnquoteCharOut {
    pub value: i32,
    pub multibyte: u8,
    pub tail: GoString,
    pub code: i64,
}

fn g_of<'a>(gp: *mut G) -> &'a mut G {
    // SAFETY: compiled code passes its own live `G`.
    unsafe { &mut *gp }
}

fn code(e: Option<strconv::ErrKind>) -> i64 {
    e.map_or(0, |e| e.code())
}

/// `strconv.ParseInt(s, base, bitSize)`.
#[no_mangle]
pub extern "C" fn gust_strconv_parse_int(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    base: i64,
    bit_size: i64,
) -> IntErr {
    let (v, e) = strconv::parse_int_full(str_arg(s_ptr, s_len), base, bit_size);
    IntErr { v, code: code(e) }
}

/// `strconv.ParseUint(s, base, bitSize)`.
#[no_mangle]
pub extern "C" fn gust_strconv_parse_uint(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    base: i64,
    bit_size: i64,
) -> UintErr {
    let (v, e) = strconv::parse_uint_full(str_arg(s_ptr, s_len), base, bit_size);
    UintErr { v, code: code(e) }
}

/// `strconv.ParseFloat(s, bitSize)`.
#[no_mangle]
pub extern "C" fn gust_strconv_parse_float(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    bit_size: i64,
) -> FloatErr {
    let (v, e) = strconv::parse_float_full(str_arg(s_ptr, s_len), bit_size);
    FloatErr { v, code: code(e) }
}

/// `strconv.FormatFloat(f, fmt, prec, bitSize)`; panics like Go when
/// `bitSize` is neither 32 nor 64.
#[no_mangle]
pub extern "C" fn gust_strconv_format_float(
    gp: *mut G,
    f: f64,
    fmt: u8,
    prec: i64,
    bit_size: i64,
) -> GoString {
    if bit_size != 32 && bit_size != 64 {
        plain_error(g_of(gp), "strconv: illegal AppendFloat/FormatFloat bitSize");
        return GoString::EMPTY;
    }
    let prec = prec.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    go_string(strconv::format_float(f, fmt, prec, bit_size as u32).as_bytes())
}

fn check_base(gp: *mut G, base: i64) -> bool {
    if (2..=36).contains(&base) {
        return true;
    }
    plain_error(g_of(gp), "strconv: illegal AppendInt/FormatInt base");
    false
}

/// `strconv.FormatInt(i, base)`; panics like Go on a base outside 2..=36.
#[no_mangle]
pub extern "C" fn gust_strconv_format_int(gp: *mut G, i: i64, base: i64) -> GoString {
    if !check_base(gp, base) {
        return GoString::EMPTY;
    }
    go_string(strconv::format_int(i, base as u32).as_bytes())
}

/// `strconv.FormatUint(u, base)`; panics like Go on a base outside 2..=36.
#[no_mangle]
pub extern "C" fn gust_strconv_format_uint(gp: *mut G, u: u64, base: i64) -> GoString {
    if !check_base(gp, base) {
        return GoString::EMPTY;
    }
    go_string(strconv::format_uint(u, base as u32).as_bytes())
}

/// `Quote` (mode 0), `QuoteToASCII` (1), `QuoteToGraphic` (2).
#[no_mangle]
pub extern "C" fn gust_strconv_quote(
    _gp: *mut G,
    s_ptr: *const u8,
    s_len: isize,
    mode: i64,
) -> GoString {
    go_string(&strconv::quote(str_arg(s_ptr, s_len), mode == 1, mode == 2))
}

/// `QuoteRune` (mode 0), `QuoteRuneToASCII` (1), `QuoteRuneToGraphic` (2).
#[no_mangle]
pub extern "C" fn gust_strconv_quote_rune(_gp: *mut G, r: i32, mode: i64) -> GoString {
    go_string(&strconv::quote_rune(r, mode == 1, mode == 2))
}

/// `strconv.Unquote(s)`, written to `out`.
#[no_mangle]
pub extern "C" fn gust_strconv_unquote(
    _gp: *mut G,
    out: *mut StrErr,
    s_ptr: *const u8,
    s_len: isize,
) {
    let r = match strconv::unquote(str_arg(s_ptr, s_len)) {
        Ok(v) => StrErr {
            s: go_string(&v),
            code: 0,
        },
        Err(e) => StrErr {
            s: GoString::EMPTY,
            code: e.code(),
        },
    };
    // SAFETY: compiled code passes room for the results.
    unsafe { out.write(r) };
}

/// `strconv.QuotedPrefix(s)`, written to `out`.
#[no_mangle]
pub extern "C" fn gust_strconv_quoted_prefix(
    _gp: *mut G,
    out: *mut StrErr,
    s_ptr: *const u8,
    s_len: isize,
) {
    let r = match strconv::quoted_prefix(str_arg(s_ptr, s_len)) {
        Ok(v) => StrErr {
            s: go_string(&v),
            code: 0,
        },
        Err(e) => StrErr {
            s: GoString::EMPTY,
            code: e.code(),
        },
    };
    // SAFETY: compiled code passes room for the results.
    unsafe { out.write(r) };
}

/// `strconv.UnquoteChar(s, quote)`, written to `out`; `tail` shares the
/// bytes of `s`.
#[no_mangle]
pub extern "C" fn gust_strconv_unquote_char(
    _gp: *mut G,
    out: *mut UnquoteCharOut,
    s_ptr: *const u8,
    s_len: isize,
    quote: u8,
) {
    let s = str_arg(s_ptr, s_len);
    let r = match strconv::unquote_char(s, quote) {
        Ok((value, multibyte, n)) => UnquoteCharOut {
            value,
            multibyte: multibyte as u8,
            tail: GoString {
                ptr: s[n..].as_ptr(),
                len: (s.len() - n) as isize,
            },
            code: 0,
        },
        Err(_) => UnquoteCharOut {
            value: 0,
            multibyte: 0,
            tail: GoString::EMPTY,
            code: 1,
        },
    };
    // SAFETY: compiled code passes room for the results.
    unsafe { out.write(r) };
}

/// `strconv.CanBackquote(s)`.
#[no_mangle]
pub extern "C" fn gust_strconv_can_backquote(_gp: *mut G, s_ptr: *const u8, s_len: isize) -> u8 {
    strconv::can_backquote(str_arg(s_ptr, s_len)) as u8
}

/// `strconv.IsPrint(r)`.
#[no_mangle]
pub extern "C" fn gust_strconv_is_print(_gp: *mut G, r: i32) -> u8 {
    strconv::is_print(r) as u8
}

/// `strconv.IsGraphic(r)`.
#[no_mangle]
pub extern "C" fn gust_strconv_is_graphic(_gp: *mut G, r: i32) -> u8 {
    strconv::is_graphic(r) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gp() -> *mut G {
        Box::leak(Box::new(G::new(1, 0)))
    }

    #[test]
    fn entry_points_follow_go() {
        let g = gp();
        let s = "0x_ff";
        assert_eq!(
            gust_strconv_parse_int(g, s.as_ptr(), 5, 0, 64),
            IntErr { v: 255, code: 0 }
        );
        let s = "300";
        assert_eq!(
            gust_strconv_parse_uint(g, s.as_ptr(), 3, 10, 8),
            UintErr { v: 255, code: 2 }
        );
        assert_eq!(
            gust_strconv_parse_int(g, s.as_ptr(), 3, 1, 8),
            IntErr { v: 0, code: 3 }
        );
        let s = "1e400";
        assert_eq!(
            gust_strconv_parse_float(g, s.as_ptr(), 5, 64),
            FloatErr {
                v: f64::INFINITY,
                code: 2
            }
        );
        assert_eq!(
            gust_strconv_format_float(g, 0.1, b'g', -1, 32).as_bytes(),
            b"0.1"
        );
        assert_eq!(gust_strconv_format_int(g, -255, 16).as_bytes(), b"-ff");
        assert_eq!(
            gust_strconv_format_uint(g, u64::MAX, 36).as_bytes(),
            b"3w5e11264sgsf"
        );
        let s = "é\n";
        assert_eq!(
            gust_strconv_quote(g, s.as_ptr(), 3, 0).as_bytes(),
            b"\"\xc3\xa9\\n\""
        );
        assert_eq!(
            gust_strconv_quote(g, s.as_ptr(), 3, 1).as_bytes(),
            b"\"\\u00e9\\n\""
        );
        assert_eq!(
            gust_strconv_quote_rune(g, 0x3000, 2).as_bytes(),
            "'\u{3000}'".as_bytes()
        );
        let mut out = StrErr {
            s: GoString::EMPTY,
            code: 9,
        };
        let s = r#""a\tb"rest"#;
        gust_strconv_unquote(g, &mut out, s.as_ptr(), s.len() as isize);
        assert_eq!(out.code, 1);
        gust_strconv_quoted_prefix(g, &mut out, s.as_ptr(), s.len() as isize);
        assert_eq!((out.s.as_bytes(), out.code), (&br#""a\tb""#[..], 0));
        let mut uc = UnquoteCharOut {
            value: 0,
            multibyte: 0,
            tail: GoString::EMPTY,
            code: 9,
        };
        let s = r"\u00e9x";
        gust_strconv_unquote_char(g, &mut uc, s.as_ptr(), s.len() as isize, b'"');
        assert_eq!(
            (uc.value, uc.multibyte, uc.tail.as_bytes(), uc.code),
            (0xe9, 1, &b"x"[..], 0)
        );
        assert_eq!(std::mem::size_of::<UnquoteCharOut>(), 32);
        assert_eq!(gust_strconv_can_backquote(g, "a`".as_ptr(), 2), 0);
        assert_eq!(gust_strconv_is_print(g, 0xad), 0);
        assert_eq!(gust_strconv_is_graphic(g, 0xa0), 1);
        // SAFETY: `g` is live.
        assert_eq!(unsafe { (*g).panicking }, 0);
    }

    #[test]
    fn illegal_arguments_panic_like_go() {
        let g = gp();
        assert_eq!(gust_strconv_format_int(g, 1, 1).len, 0);
        // SAFETY: `g` is live.
        let gr = unsafe { &mut *g };
        assert_eq!(gr.panicking, 1);
        // The runtime reports a dying goroutine's panic with the flag clear.
        gr.panicking = 0;
        let text = gust_runtime::panic::panic_value_text(g, gr.panics[0].value);
        assert_eq!(text, b"strconv: illegal AppendInt/FormatInt base");
        let g = gp();
        gust_strconv_format_float(g, 1.0, b'g', -1, 16);
        // SAFETY: `g` is live.
        assert_eq!(unsafe { (*g).panicking }, 1);
    }
}
