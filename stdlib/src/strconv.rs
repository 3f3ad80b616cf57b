//! Go's `strconv`: number formatting and parsing, quoting and unquoting,
//! exact to Go 1.19's output.
//!
//! Invariants:
//! - Pure Rust over bytes: Go strings may hold any bytes, so inputs are
//!   `&[u8]` and quoted results `Vec<u8>`; number texts are ASCII `String`s.
//! - Float digits come from Rust's formatter, which is exact: `{:e}` gives
//!   the shortest digits that round-trip (for the `f32` or `f64` being
//!   printed, boundaries included when the mantissa is even, like Go's
//!   Ryū), and `{:.N$e}` / `{:.N$}` give correctly rounded digits with ties
//!   to even, like Go's fixed-precision paths. Layout (`e`, `f`, `g`, `b`,
//!   `x`) is done here.
//! - Decimal parsing is delegated to Rust's correctly rounded `from_str`
//!   after this module has checked Go's syntax; hexadecimal mantissas are
//!   rounded here (ties to even) from at most 16 digits plus a sticky bit.
//! - `is_print`/`is_graphic` use tables generated from Go 1.19 itself
//!   (`isprint_table.rs`, Unicode 13.0.0), not Rust's newer Unicode data.
//! - No function panics on any input except `format_int`/`format_uint` on
//!   a base outside 2..=36 (callers check; Go panics there too).

use crate::isprint_table::{GRAPHIC_NOT_PRINT, PRINT_RANGES};
use crate::utf8;

/// Why a parse failed: Go's `ErrSyntax`, `ErrRange`, or the `invalid base
/// N` / `invalid bit size N` errors of `ParseInt`/`ParseUint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrKind {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

impl ErrKind {
    /// The error code used by the native entry points: 1 syntax, 2 range,
    /// 3 invalid base, 4 invalid bit size (0 is success).
    pub fn code(self) -> i64 {
        match self {
            ErrKind::Syntax => 1,
            ErrKind::Range => 2,
            ErrKind::Base(_) => 3,
            ErrKind::BitSize(_) => 4,
        }
    }
    /// The text Go's `NumError.Err` prints.
    pub fn message(self) -> String {
        match self {
            ErrKind::Syntax => "invalid syntax".into(),
            ErrKind::Range => "value out of range".into(),
            ErrKind::Base(b) => format!("invalid base {b}"),
            ErrKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

// ------------------------------------------------------------ integers

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn append_uint_base(out: &mut Vec<u8>, mut u: u64, base: u32) {
    let b = base as u64;
    let mut tmp = [0u8; 64];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = DIGITS[(u % b) as usize];
        u /= b;
        if u == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}

/// `strconv.FormatInt`. Panics when `base` is outside 2..=36.
pub fn format_int(i: i64, base: u32) -> String {
    let mut v = Vec::new();
    append_int(&mut v, i, base);
    String::from_utf8(v).unwrap_or_default()
}

/// `strconv.FormatUint`. Panics when `base` is outside 2..=36.
pub fn format_uint(u: u64, base: u32) -> String {
    let mut v = Vec::new();
    append_uint(&mut v, u, base);
    String::from_utf8(v).unwrap_or_default()
}

/// `strconv.AppendInt`. Panics when `base` is outside 2..=36.
pub fn append_int(out: &mut Vec<u8>, i: i64, base: u32) {
    assert!((2..=36).contains(&base), "strconv: illegal base");
    if i < 0 {
        out.push(b'-');
    }
    append_uint_base(out, i.unsigned_abs(), base);
}

/// `strconv.AppendUint`. Panics when `base` is outside 2..=36.
pub fn append_uint(out: &mut Vec<u8>, u: u64, base: u32) {
    assert!((2..=36).contains(&base), "strconv: illegal base");
    append_uint_base(out, u, base);
}

/// Go's rule for `_` in numbers written with a base prefix (and in
/// `ParseFloat`): each underscore sits between two digits, or between the
/// base prefix and a digit. `s` may start with a sign.
fn underscore_ok(s: &[u8]) -> bool {
    // What the previous byte was: '^' start, '0' digit or prefix, '_'
    // underscore, '!' anything else.
    let mut saw = b'^';
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    let mut hex = false;
    let mut i = 0;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1] | 0x20 == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&(c | 0x20))) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// `strconv.ParseUint`, returning the value Go returns alongside an error
/// (the clamped maximum for range errors, 0 otherwise).
pub fn parse_uint_full(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<ErrKind>) {
    if s.is_empty() {
        return (0, Some(ErrKind::Syntax));
    }
    let base0 = base == 0;
    let whole = s;
    let mut s = s;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && s[1] | 0x20 == b'b' {
                    s = &s[2..];
                    2
                } else if s.len() >= 3 && s[1] | 0x20 == b'o' {
                    s = &s[2..];
                    8
                } else if s.len() >= 3 && s[1] | 0x20 == b'x' {
                    s = &s[2..];
                    16
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, Some(ErrKind::Base(base))),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, Some(ErrKind::BitSize(bit_size))),
    };
    let max_val: u64 = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => (c - b'0') as u64,
            _ if c.is_ascii_alphabetic() => ((c | 0x20) - b'a' + 10) as u64,
            _ => return (0, Some(ErrKind::Syntax)),
        };
        if d >= base {
            return (0, Some(ErrKind::Syntax));
        }
        if n >= cutoff {
            return (max_val, Some(ErrKind::Range));
        }
        n *= base;
        match n.checked_add(d) {
            Some(n1) if n1 <= max_val => n = n1,
            _ => return (max_val, Some(ErrKind::Range)),
        }
    }
    if underscores && !underscore_ok(whole) {
        return (0, Some(ErrKind::Syntax));
    }
    (n, None)
}

/// `strconv.ParseUint`.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> Result<u64, ErrKind> {
    match parse_uint_full(s, base, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

/// `strconv.ParseInt`, returning the value Go returns alongside an error
/// (the clamped extreme for range errors, 0 otherwise).
pub fn parse_int_full(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<ErrKind>) {
    if s.is_empty() {
        return (0, Some(ErrKind::Syntax));
    }
    let (neg, digits) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint_full(digits, base, bit_size);
    match err {
        None | Some(ErrKind::Range) => {}
        Some(e) => return (0, Some(e)),
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(ErrKind::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(ErrKind::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, err)
}

/// `strconv.ParseInt`.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> Result<i64, ErrKind> {
    match parse_int_full(s, base, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

/// `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, ErrKind> {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(false),
        _ => Err(ErrKind::Syntax),
    }
}

// ------------------------------------------------------------ float parsing

/// Length of the common prefix of `s` and the lower-case `word`, ignoring
/// ASCII case in `s`.
fn prefix_len_ignore_case(s: &[u8], word: &[u8]) -> usize {
    s.iter()
        .zip(word)
        .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
        .count()
}

/// Go's special float spellings at the start of `s`: an optionally signed
/// "inf"/"infinity", or an unsigned "nan", ignoring case. Returns the value
/// and the number of bytes it used.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let (sign, rest, nsign) = match s.first()? {
        b'+' => (1.0, &s[1..], 1),
        b'-' => (-1.0, &s[1..], 1),
        _ => (1.0, s, 0),
    };
    if let Some(b'i' | b'I') = rest.first() {
        let n = prefix_len_ignore_case(rest, b"infinity");
        let n = if n > 3 && n < 8 { 3 } else { n };
        if n == 3 || n == 8 {
            return Some((sign * f64::INFINITY, nsign + n));
        }
    } else if nsign == 0
        && matches!(rest.first(), Some(b'n' | b'N'))
        && prefix_len_ignore_case(rest, b"nan") == 3
    {
        return Some((f64::NAN, 3));
    }
    None
}

/// A float literal split into parts by Go's syntax.
struct FloatText {
    neg: bool,
    hex: bool,
    /// Decimal: the digits of the mantissa (underscores and the point
    /// removed). Hex: unused.
    digits: Vec<u8>,
    /// Decimal: position of the decimal point within `digits`, plus the
    /// exponent. Hex: binary exponent of `mant`'s unit bit.
    exp: i64,
    /// Hex: up to 16 leading hexadecimal digits.
    mant: u64,
    /// Hex: non-zero digits were dropped after the first 16.
    trunc: bool,
}

/// Reads a whole float literal; `None` on a syntax error.
fn read_float(s: &[u8]) -> Option<FloatText> {
    let mut i = 0;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            neg = true;
            i += 1
        }
        _ => {}
    }
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && s[i + 1] | 0x20 == b'x' {
        hex = true;
        i += 2;
    }
    let mut underscores = false;
    let mut saw_dot = false;
    let mut saw_digits = false;
    let mut digits = Vec::new();
    let mut dp: i64 = 0; // digits before the point
    let mut mant: u64 = 0;
    let mut nmant: i64 = 0; // hex digits kept in mant
    let mut nd: i64 = 0; // significant hex digits seen
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        let lc = c | 0x20;
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if saw_dot {
                break;
            }
            saw_dot = true;
            dp = if hex { nd } else { digits.len() as i64 };
        } else if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lc)) {
            saw_digits = true;
            let d = if c.is_ascii_digit() {
                c - b'0'
            } else {
                lc - b'a' + 10
            };
            if hex {
                if d == 0 && nd == 0 {
                    // Leading zeros only move the point.
                    dp -= 1;
                } else {
                    nd += 1;
                    if nmant < 16 {
                        mant = mant * 16 + d as u64;
                        nmant += 1;
                    } else if d != 0 {
                        trunc = true;
                    }
                }
            } else {
                digits.push(c);
            }
        } else {
            break;
        }
        i += 1;
    }
    if !saw_digits {
        return None;
    }
    if !saw_dot {
        dp = if hex { nd } else { digits.len() as i64 };
    }
    let exp_char = if hex { b'p' } else { b'e' };
    let mut e: i64 = 0;
    if i < s.len() && s[i] | 0x20 == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i) {
            Some(b'+') => i += 1,
            Some(b'-') => {
                esign = -1;
                i += 1
            }
            _ => {}
        }
        if !s.get(i).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        e *= esign;
    } else if hex {
        // A hexadecimal mantissa needs a 'p' exponent.
        return None;
    }
    if i != s.len() {
        return None;
    }
    if underscores && !underscore_ok(s) {
        return None;
    }
    Some(FloatText {
        neg,
        hex,
        digits,
        exp: if hex { dp * 4 - nmant * 4 + e } else { dp + e },
        mant,
        trunc,
    })
}

/// Rounds `mant * 2^exp` (with `sticky` meaning "a little more than that")
/// to the binary format with `mbits` explicit mantissa bits and `ebits`
/// exponent bits, ties to even; returns the bits (sign clear) and whether
/// the result overflowed to infinity.
fn round_binary(mant: u64, exp: i64, sticky: bool, mbits: u32, ebits: u32) -> (u64, bool) {
    if mant == 0 {
        return (0, false);
    }
    let bias: i64 = (1 << (ebits - 1)) - 1;
    let max_biased: i64 = (1 << ebits) - 1;
    let min_exp = 1 - bias; // exponent of the smallest normal
    let lz = mant.leading_zeros();
    let m = mant << lz; // leading bit at 63
    let e_lead = exp + 63 - lz as i64; // exponent of the leading bit
                                       // Bits kept, the leading one included: fewer for subnormals.
    let keep = if e_lead >= min_exp {
        mbits as i64 + 1
    } else {
        mbits as i64 + 1 - (min_exp - e_lead)
    };
    let (mut r, mut uexp) = if keep <= 0 {
        // Below the smallest subnormal: round to it or to zero. Exactly
        // half of it (keep == 0, nothing else set) ties to even, zero.
        let above_half = keep == 0 && (m << 1 != 0 || sticky);
        if !above_half {
            return (0, false);
        }
        (1u64, min_exp - mbits as i64)
    } else {
        let drop = (64 - keep) as u32;
        let mut r = if drop == 64 { 0 } else { m >> drop };
        if drop > 0 {
            let rem = m & ((1u64 << drop) - 1);
            let half = 1u64 << (drop - 1);
            if rem > half || (rem == half && (sticky || r & 1 == 1)) {
                r += 1;
            }
        }
        (r, e_lead - keep + 1)
    };
    if r >> (mbits + 1) != 0 {
        r >>= 1;
        uexp += 1;
    }
    if r >> mbits == 0 {
        // Subnormal: the unit is the subnormal unit, the exponent field 0.
        return (r, false);
    }
    let biased = uexp + mbits as i64 + bias;
    if biased >= max_biased {
        return ((max_biased as u64) << mbits, true);
    }
    (
        ((biased as u64) << mbits) | (r & ((1u64 << mbits) - 1)),
        false,
    )
}

/// `strconv.ParseFloat`, returning the value Go returns alongside an error
/// (±Inf for range errors, 0 for syntax errors).
pub fn parse_float_full(s: &[u8], bit_size: i64) -> (f64, Option<ErrKind>) {
    if let Some((v, n)) = special(s) {
        if n == s.len() {
            return (v, None);
        }
        return (0.0, Some(ErrKind::Syntax));
    }
    let Some(t) = read_float(s) else {
        return (0.0, Some(ErrKind::Syntax));
    };
    let f32_mode = bit_size == 32;
    let v = if t.hex {
        let (mbits, ebits) = if f32_mode { (23, 8) } else { (52, 11) };
        let (bits, overflow) = round_binary(t.mant, t.exp, t.trunc, mbits, ebits);
        let v = if f32_mode {
            f32::from_bits(bits as u32) as f64
        } else {
            f64::from_bits(bits)
        };
        let v = if t.neg { -v } else { v };
        if overflow {
            return (v, Some(ErrKind::Range));
        }
        v
    } else {
        // Rebuild a plain literal Rust accepts: "0.<digits>e<exp>".
        let mut lit = String::with_capacity(t.digits.len() + 24);
        lit.push_str("0.");
        if t.digits.is_empty() {
            lit.push('0');
        } else {
            lit.push_str(std::str::from_utf8(&t.digits).unwrap_or("0"));
        }
        lit.push('e');
        lit.push_str(&t.exp.to_string());
        let v = if f32_mode {
            lit.parse::<f32>().map(|x| x as f64)
        } else {
            lit.parse::<f64>()
        };
        let Ok(v) = v else {
            return (0.0, Some(ErrKind::Syntax));
        };
        let v = if t.neg { -v } else { v };
        if v.is_infinite() {
            return (v, Some(ErrKind::Range));
        }
        v
    };
    (v, None)
}

/// `strconv.ParseFloat`.
pub fn parse_float(s: &[u8], bit_size: i64) -> Result<f64, ErrKind> {
    match parse_float_full(s, bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

// ------------------------------------------------------------ float formatting

/// Decimal digits `0.d1d2d3... × 10^dp` (no leading zeros, no trailing
/// zeros; empty for zero).
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    /// Parses Rust's `{:e}` output for a non-negative finite value.
    fn from_exp_text(text: &str) -> Digits {
        let (m, e) = text.split_once('e').unwrap_or((text, "0"));
        let e: i64 = e.parse().unwrap_or(0);
        let mut d: Vec<u8> = m.bytes().filter(|c| c.is_ascii_digit()).collect();
        Digits::normalise(&mut d, e + 1)
    }
    /// Parses Rust's `{:.N$}` output for a non-negative finite value.
    fn from_fixed_text(text: &str) -> Digits {
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let dp = int.len() as i64;
        Digits::normalise(&mut d, dp)
    }
    fn normalise(d: &mut Vec<u8>, mut dp: i64) -> Digits {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Digits {
            d: std::mem::take(d),
            dp,
        }
    }
    fn nd(&self) -> i64 {
        self.d.len() as i64
    }
}

/// Shortest digits that read back as the same `f64` (or `f32` value).
fn shortest_digits(x: f64, is32: bool) -> Digits {
    if x == 0.0 {
        return Digits { d: vec![], dp: 0 };
    }
    let text = if is32 {
        format!("{:e}", x as f32)
    } else {
        format!("{x:e}")
    };
    let d = Digits::from_exp_text(&text);
    // When the exact value lies exactly halfway between two shortest
    // candidates, Rust rounds up and Go picks the even one. That can only
    // matter when Rust's last digit is odd: then compare with the correctly
    // rounded (ties-to-even) digits of the same length, and take them when
    // they still read back as `x`.
    if d.d.last().is_some_and(|c| c % 2 == 1) {
        let even = sig_digits(x, d.nd());
        if even.d != d.d || even.dp != d.dp {
            let mut lit = String::from("0.");
            lit.push_str(std::str::from_utf8(&even.d).unwrap_or("0"));
            lit.push_str(&format!("e{}", even.dp));
            let back = if is32 {
                lit.parse::<f32>().map(|v| v as f64).ok()
            } else {
                lit.parse::<f64>().ok()
            };
            if back == Some(x) {
                return even;
            }
        }
    }
    d
}

/// `n >= 1` significant digits, correctly rounded (ties to even).
fn sig_digits(x: f64, n: i64) -> Digits {
    if x == 0.0 {
        return Digits { d: vec![], dp: 0 };
    }
    Digits::from_exp_text(&format!("{:.*e}", (n - 1) as usize, x))
}

/// Digits up to `prec` places after the point, correctly rounded.
fn fixed_digits(x: f64, prec: i64) -> Digits {
    Digits::from_fixed_text(&format!("{:.*}", prec as usize, x))
}

fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            out.push(d.d.get(i as usize).copied().unwrap_or(b'0'));
        }
    }
    out.push(fmt);
    let mut exp = if d.d.is_empty() { 0 } else { d.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Digits, prec: i64) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        let m = d.nd().min(d.dp);
        out.extend_from_slice(&d.d[..m as usize]);
        for _ in m..d.dp {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let c = if j >= 0 && j < d.nd() {
                d.d[j as usize]
            } else {
                b'0'
            };
            out.push(c);
        }
    }
}

/// `%b`: decimal mantissa, 'p', binary exponent.
fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i64) {
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// `%x`/`%X`: `mant * 2^exp` as `0x1.hhhp±dd`; `mbits` explicit bits.
fn fmt_x(out: &mut Vec<u8>, prec: i64, fmt: u8, neg: bool, mant: u64, exp: i64, mbits: u32) {
    let mut exp = if mant == 0 { 0 } else { exp };
    // Put the leading bit at bit 60.
    let mut m = mant << (60 - mbits);
    while m != 0 && m & (1 << 60) == 0 {
        m <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (m << shift) & ((1u64 << 60) - 1);
        m >>= 60 - shift;
        if extra | (m & 1) > 1 << 59 {
            m += 1;
        }
        m <<= 60 - shift;
        if m & (1 << 61) != 0 {
            m >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((m >> 60) & 1) as u8]);
    m <<= 4;
    if prec < 0 && m != 0 {
        out.push(b'.');
        while m != 0 {
            out.push(hex[((m >> 60) & 15) as usize]);
            m <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((m >> 60) & 15) as usize]);
            m <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// `strconv.FormatFloat`. `bit_size` 32 formats `f` rounded to `float32`
/// (shortest digits for `float32`); any other size is taken as 64 (Go
/// panics on sizes other than 32 and 64: callers check).
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut v = Vec::with_capacity(24);
    append_float(&mut v, f, fmt, prec, bit_size);
    String::from_utf8(v).unwrap_or_default()
}

/// `strconv.AppendFloat` (see `format_float`).
pub fn append_float(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bit_size: u32) {
    let is32 = bit_size == 32;
    let x = if is32 { f as f32 as f64 } else { f };
    if x.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if x.is_infinite() {
        out.extend_from_slice(if x < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = x.is_sign_negative();
    let a = x.abs();
    let mut prec = prec as i64;
    if fmt == b'b' || fmt == b'x' || fmt == b'X' {
        let (mbits, ebits, bits) = if is32 {
            (23u32, 8u32, (x as f32).to_bits() as u64)
        } else {
            (52, 11, x.to_bits())
        };
        let bias: i64 = (1 << (ebits - 1)) - 1;
        let mut exp = ((bits >> mbits) & ((1 << ebits) - 1)) as i64;
        let mut mant = bits & ((1u64 << mbits) - 1);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1u64 << mbits;
        }
        exp -= bias;
        if fmt == b'b' {
            fmt_b(out, neg, mant, exp - mbits as i64);
        } else {
            fmt_x(out, prec, fmt, neg, mant, exp, mbits);
        }
        return;
    }
    let shortest = prec < 0;
    let digs = if shortest {
        let d = shortest_digits(a, is32);
        match fmt {
            b'e' | b'E' => prec = (d.nd() - 1).max(0),
            b'f' => prec = (d.nd() - d.dp).max(0),
            b'g' | b'G' => prec = d.nd(),
            _ => {}
        }
        d
    } else {
        match fmt {
            b'e' | b'E' => sig_digits(a, prec + 1),
            b'f' => fixed_digits(a, prec),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                sig_digits(a, prec)
            }
            _ => sig_digits(a, 1),
        }
    };
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &digs, prec, fmt),
        b'f' => fmt_f(out, neg, &digs, prec),
        b'g' | b'G' => {
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // Shortest output switches to %e like %g with precision 6.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(out, neg, &digs, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > digs.dp {
                    prec = digs.nd();
                }
                fmt_f(out, neg, &digs, (prec - digs.dp).max(0));
            }
        }
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
}

/// `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

// ------------------------------------------------------------ printability

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// U+0020, per Go 1.19's Unicode 13.0.0 tables.
pub fn is_print(r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    if r <= 0xFF {
        return (0x20..=0x7E).contains(&r) || ((0xA1..=0xFF).contains(&r) && r != 0xAD);
    }
    let i = PRINT_RANGES.partition_point(|&(_, hi)| hi < r);
    i < PRINT_RANGES.len() && PRINT_RANGES[i].0 <= r
}

/// Space characters that `strconv.IsGraphic` accepts beyond `is_print`.
fn in_graphic_list(r: i32) -> bool {
    r >= 0 && GRAPHIC_NOT_PRINT.binary_search(&(r as u32)).is_ok()
}

/// `strconv.IsGraphic`: `is_print` plus the Unicode space separators.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || in_graphic_list(r)
}

// ------------------------------------------------------------ quoting

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

fn append_escaped_rune(out: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii_only {
        if r < utf8::RUNE_SELF && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) || (graphic_only && in_graphic_list(r)) {
        utf8::encode_rune(out, r);
        return;
    }
    let esc: &[u8] = match r {
        7 => b"\\a",
        8 => b"\\b",
        12 => b"\\f",
        10 => b"\\n",
        13 => b"\\r",
        9 => b"\\t",
        11 => b"\\v",
        _ => b"",
    };
    if !esc.is_empty() {
        out.extend_from_slice(esc);
        return;
    }
    if (0..0x20).contains(&r) || r == 0x7F {
        out.extend_from_slice(&[
            b'\\',
            b'x',
            LOWER_HEX[(r >> 4) as usize],
            LOWER_HEX[(r & 15) as usize],
        ]);
        return;
    }
    let r = if utf8::valid_rune(r) { r } else { 0xFFFD };
    let (lead, n) = if r < 0x10000 { (b'u', 4) } else { (b'U', 8) };
    out.push(b'\\');
    out.push(lead);
    for k in (0..n).rev() {
        out.push(LOWER_HEX[((r >> (4 * k)) & 15) as usize]);
    }
}

/// Go's quoting of `s` with `quote` as the delimiter.
pub fn append_quoted_with(
    out: &mut Vec<u8>,
    s: &[u8],
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) {
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < 0x80 {
            (s[i] as i32, 1)
        } else {
            utf8::decode_rune(&s[i..])
        };
        if w == 1 && r == utf8::RUNE_ERROR {
            out.extend_from_slice(&[
                b'\\',
                b'x',
                LOWER_HEX[(s[i] >> 4) as usize],
                LOWER_HEX[(s[i] & 15) as usize],
            ]);
        } else {
            append_escaped_rune(out, r, quote, ascii_only, graphic_only);
        }
        i += w;
    }
    out.push(quote);
}

/// `strconv.Quote` (`QuoteToASCII` when `ascii_only`, `QuoteToGraphic`
/// when `graphic_only`).
pub fn quote(s: &[u8], ascii_only: bool, graphic_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quoted_with(&mut out, s, b'"', ascii_only, graphic_only);
    out
}

/// Appends `strconv.QuoteRune(r)` (or its ASCII/graphic variants).
pub fn append_quote_rune(out: &mut Vec<u8>, r: i32, ascii_only: bool, graphic_only: bool) {
    let r = if utf8::valid_rune(r) {
        r
    } else {
        utf8::RUNE_ERROR
    };
    out.push(b'\'');
    append_escaped_rune(out, r, b'\'', ascii_only, graphic_only);
    out.push(b'\'');
}

/// `strconv.QuoteRune` (`QuoteRuneToASCII`, `QuoteRuneToGraphic`).
pub fn quote_rune(r: i32, ascii_only: bool, graphic_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(8);
    append_quote_rune(&mut out, r, ascii_only, graphic_only);
    out
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == utf8::RUNE_ERROR {
            return false;
        }
        if (r < 0x20 && r != 9) || r == '`' as i32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(c: u8) -> Option<i32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as i32),
        b'a'..=b'f' => Some((c - b'a' + 10) as i32),
        b'A'..=b'F' => Some((c - b'A' + 10) as i32),
        _ => None,
    }
}

/// `strconv.UnquoteChar`: decodes the first character or escape of `s`
/// inside a literal delimited by `quote`. Returns `(value, multibyte,
/// bytes consumed)`; the tail is `&s[consumed..]`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<(i32, bool, usize), ErrKind> {
    let Some(&c) = s.first() else {
        return Err(ErrKind::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(ErrKind::Syntax);
    }
    if c >= 0x80 {
        let (r, w) = utf8::decode_rune(s);
        return Ok((r, true, w));
    }
    if c != b'\\' {
        return Ok((c as i32, false, 1));
    }
    let Some(&e) = s.get(1) else {
        return Err(ErrKind::Syntax);
    };
    let rest = &s[2..];
    let simple = |v: u8| Ok((v as i32, false, 2));
    match e {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(10),
        b'r' => simple(13),
        b't' => simple(9),
        b'v' => simple(11),
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return Err(ErrKind::Syntax);
            }
            let mut v: i32 = 0;
            for &h in &rest[..n] {
                v = (v << 4) | unhex(h).ok_or(ErrKind::Syntax)?;
            }
            if e == b'x' {
                return Ok((v, false, 2 + n));
            }
            if !utf8::valid_rune(v) {
                return Err(ErrKind::Syntax);
            }
            Ok((v, true, 2 + n))
        }
        b'0'..=b'7' => {
            if rest.len() < 2 {
                return Err(ErrKind::Syntax);
            }
            let mut v = (e - b'0') as i32;
            for &o in &rest[..2] {
                if !(b'0'..=b'7').contains(&o) {
                    return Err(ErrKind::Syntax);
                }
                v = (v << 3) | (o - b'0') as i32;
            }
            if v > 255 {
                return Err(ErrKind::Syntax);
            }
            Ok((v, false, 4))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if e != quote {
                return Err(ErrKind::Syntax);
            }
            simple(e)
        }
        _ => Err(ErrKind::Syntax),
    }
}

/// Go's `unquote(in, unescape)`: the quoted literal at the start of `s`.
/// Returns `(out, rest offset)`, where `out` is the unescaped contents when
/// `unescape`, else the literal itself with its quotes.
fn unquote_prefix(s: &[u8], unescape: bool) -> Result<(Vec<u8>, usize), ErrKind> {
    if s.len() < 2 {
        return Err(ErrKind::Syntax);
    }
    let quote = s[0];
    let Some(close) = s[1..].iter().position(|&c| c == quote) else {
        return Err(ErrKind::Syntax);
    };
    let end = close + 2; // just past the closing quote, if no escapes
    match quote {
        b'`' => {
            let out = if !unescape {
                s[..end].to_vec()
            } else {
                s[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect()
            };
            Ok((out, end))
        }
        b'"' | b'\'' => {
            let body = &s[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let ok = if quote == b'"' {
                    utf8::valid(body)
                } else {
                    let (r, n) = utf8::decode_rune(body);
                    n == body.len() && n > 0 && (r != utf8::RUNE_ERROR || n != 1)
                };
                if ok {
                    let out = if unescape {
                        body.to_vec()
                    } else {
                        s[..end].to_vec()
                    };
                    return Ok((out, end));
                }
            }
            let mut buf = Vec::new();
            let mut i = 1;
            while i < s.len() && s[i] != quote {
                if s[i] == b'\n' {
                    return Err(ErrKind::Syntax);
                }
                let (r, multibyte, n) = unquote_char(&s[i..], quote)?;
                i += n;
                if unescape {
                    if r < utf8::RUNE_SELF || !multibyte {
                        buf.push(r as u8);
                    } else {
                        utf8::encode_rune(&mut buf, r);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if i >= s.len() || s[i] != quote {
                return Err(ErrKind::Syntax);
            }
            i += 1;
            if unescape {
                Ok((buf, i))
            } else {
                Ok((s[..i].to_vec(), i))
            }
        }
        _ => Err(ErrKind::Syntax),
    }
}

/// `strconv.Unquote`: the value of the Go literal `s` (quoted with `"`,
/// `'` or backquotes), which must be the whole input.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, ErrKind> {
    match unquote_prefix(s, true) {
        Ok((out, rest)) if rest == s.len() => Ok(out),
        _ => Err(ErrKind::Syntax),
    }
}

/// `strconv.QuotedPrefix`: the quoted literal at the start of `s`.
pub fn quoted_prefix(s: &[u8]) -> Result<Vec<u8>, ErrKind> {
    unquote_prefix(s, false).map(|(out, _)| out)
}

#[cfg(test)]
#[path = "strconv_tests.rs"]
mod tests;
