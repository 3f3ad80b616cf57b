//! Go's `fmt` printing engine (`Sprintf`, `Sprint`, `Sprintln`, `Errorf`'s
//! `%w`), exact to Go 1.19's output, walking values through their
//! `TypeDesc`s the way Go's `fmt` walks them through `reflect`.
//!
//! Invariants:
//! - A `Val` is a type and the address of a live value of that type (for
//!   pointer-shaped types stored in an interface, the address of the
//!   interface's data word). Values are only read, never written.
//! - `ro` marks values reached through an unexported struct field (Go's
//!   `reflect` "read-only" flag): their methods are never called, as in Go.
//! - `Error`, `String` and `GoString` methods are called through their
//!   `ifn` as `extern "C" fn(*mut G, data word) -> GoString`. A method that
//!   panics leaves `G::panicking` set: the panic is taken back (the flag is
//!   cleared and the panic records it pushed are dropped) and printed as
//!   `%!v(PANIC=String method: ...)`, or `<nil>` for a nil pointer
//!   receiver. A panic while printing such a panic value is re-raised and
//!   stops the formatting (`aborted`); the caller sees `G::panicking`.
//! - Nothing here panics in Rust on any value the compiler can build; the
//!   entry points still catch unwinding so that it never crosses `extern
//!   "C"`.
//! - Not supported: `fmt.Formatter` (Gust does not declare it); complex
//!   numbers are printed if a descriptor of that kind appears.

use crate::strconv;
use crate::utf8;
use gust_runtime::abi::{kind, FieldDesc, GoSlice, GoString, Iface, TypeDesc};
use gust_runtime::g::G;

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Largest width or precision Go accepts (`tooLarge`).
const TOO_LARGE: i64 = 1_000_000;

#[derive(Clone, Copy, Default)]
struct Flags {
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    /// `%+v`: `plus` moved here for the `v` verb.
    plus_v: bool,
    /// `%#v`: `sharp` moved here for the `v` verb.
    sharp_v: bool,
}

/// A value to print: its type and where it lives.
#[derive(Clone, Copy)]
struct Val {
    t: &'static TypeDesc,
    p: *const u8,
    /// Reached through an unexported field: methods are not called.
    ro: bool,
}

fn desc(t: *const TypeDesc) -> &'static TypeDesc {
    // SAFETY: callers pass non-null descriptors emitted by the compiler
    // (or built by tests), which live for the whole program.
    unsafe { &*t }
}

impl Val {
    /// The value held by an empty interface `any` (None for nil).
    fn from_eface(a: &Iface) -> Option<Val> {
        if a.tab.is_null() {
            return None;
        }
        let t = desc(a.tab as *const TypeDesc);
        let p = if t.is_direct() {
            &a.data as *const *mut u8 as *const u8
        } else {
            a.data as *const u8
        };
        Some(Val { t, p, ro: false })
    }

    fn kind(&self) -> u8 {
        self.t.kind
    }

    fn word(&self) -> usize {
        // SAFETY: called only for pointer-shaped kinds, whose values are
        // one machine word at `p` (the `Val` invariant).
        unsafe { (self.p as *const usize).read_unaligned() }
    }

    fn bool(&self) -> bool {
        // SAFETY: a bool value is one byte at `p`.
        unsafe { *self.p != 0 }
    }

    fn int(&self) -> i64 {
        // SAFETY: `p` holds an integer of the width its kind says.
        unsafe {
            match self.kind() {
                kind::INT8 => *(self.p as *const i8) as i64,
                kind::INT16 => (self.p as *const i16).read_unaligned() as i64,
                kind::INT32 => (self.p as *const i32).read_unaligned() as i64,
                _ => (self.p as *const i64).read_unaligned(),
            }
        }
    }

    fn uint(&self) -> u64 {
        // SAFETY: `p` holds an unsigned integer of the width its kind says.
        unsafe {
            match self.kind() {
                kind::UINT8 => *self.p as u64,
                kind::UINT16 => (self.p as *const u16).read_unaligned() as u64,
                kind::UINT32 => (self.p as *const u32).read_unaligned() as u64,
                _ => (self.p as *const u64).read_unaligned(),
            }
        }
    }

    fn float(&self) -> f64 {
        // SAFETY: `p` holds a float32 or float64 as its kind says.
        unsafe {
            if self.kind() == kind::FLOAT32 {
                (self.p as *const f32).read_unaligned() as f64
            } else {
                (self.p as *const f64).read_unaligned()
            }
        }
    }

    fn complex(&self) -> (f64, f64) {
        // SAFETY: a complex value is two floats of half its size at `p`.
        unsafe {
            if self.kind() == kind::COMPLEX64 {
                let q = self.p as *const f32;
                (q.read_unaligned() as f64, q.add(1).read_unaligned() as f64)
            } else {
                let q = self.p as *const f64;
                (q.read_unaligned(), q.add(1).read_unaligned())
            }
        }
    }

    fn string(&self) -> &'static [u8] {
        // SAFETY: a string value is a `GoString` at `p`, whose bytes are
        // immutable and live as long as the program.
        unsafe { (self.p as *const GoString).read_unaligned().as_bytes() }
    }

    fn slice(&self) -> GoSlice {
        // SAFETY: a slice value is a `GoSlice` at `p`.
        unsafe { (self.p as *const GoSlice).read_unaligned() }
    }

    /// Number of elements of an array or slice.
    fn len(&self) -> usize {
        if self.kind() == kind::ARRAY {
            self.t.len as usize
        } else {
            self.slice().len.max(0) as usize
        }
    }

    /// Element `i` of an array or slice (`i < len()`).
    fn index(&self, i: usize) -> Val {
        let et = self.t.elem();
        let base = if self.kind() == kind::ARRAY {
            self.p
        } else {
            self.slice().ptr as *const u8
        };
        Val {
            t: et,
            p: base.wrapping_add(i * et.size as usize),
            ro: self.ro,
        }
    }

    /// The bytes of a `[]byte`-like array or slice.
    fn bytes(&self) -> &'static [u8] {
        let n = self.len();
        if n == 0 {
            return &[];
        }
        let base = if self.kind() == kind::ARRAY {
            self.p
        } else {
            self.slice().ptr as *const u8
        };
        // SAFETY: an array or slice of a one-byte element kind holds `n`
        // bytes at `base`; printing does not write them.
        unsafe { std::slice::from_raw_parts(base, n) }
    }

    fn field(&self, f: &FieldDesc) -> Val {
        Val {
            t: desc(f.typ),
            p: self.p.wrapping_add(f.offset as usize),
            ro: self.ro || !field_exported(f),
        }
    }

    /// The interface value at `p` (kind INTERFACE): `(tab, data)`.
    fn iface(&self) -> Iface {
        // SAFETY: an interface value is an `Iface` at `p`.
        unsafe { (self.p as *const Iface).read_unaligned() }
    }

    /// The dynamic type of the interface at `p`, None when nil.
    fn iface_type(&self) -> Option<&'static TypeDesc> {
        let i = self.iface();
        if i.tab.is_null() {
            return None;
        }
        if self.t.nmethods > 0 {
            // SAFETY: a non-empty interface's tab is an `Itab`, whose first
            // word is the dynamic type.
            Some(desc(unsafe { *(i.tab as *const *const TypeDesc) }))
        } else {
            Some(desc(i.tab as *const TypeDesc))
        }
    }

    /// The value held by the interface at `p` (kind INTERFACE).
    fn elem_of_iface(&self) -> Option<Val> {
        let t = self.iface_type()?;
        let p = if t.is_direct() {
            // The data word itself is the value.
            self.p.wrapping_add(std::mem::size_of::<usize>())
        } else {
            self.iface().data as *const u8
        };
        Some(Val { t, p, ro: self.ro })
    }

    /// The dynamic type and interface data word of this value as `any`
    /// would hold it (None for a nil interface).
    fn as_eface(&self) -> Option<(&'static TypeDesc, *mut u8)> {
        let v = if self.kind() == kind::INTERFACE {
            self.elem_of_iface()?
        } else {
            *self
        };
        let data = if v.t.is_direct() {
            v.word() as *mut u8
        } else {
            v.p as *mut u8
        };
        Some((v.t, data))
    }

    /// The address `%p` and `%v` show for pointer-like kinds.
    fn pointer(&self) -> Option<usize> {
        match self.kind() {
            kind::CHAN | kind::MAP | kind::POINTER | kind::UNSAFE_POINTER => Some(self.word()),
            kind::FUNC => {
                let c = self.word();
                if c == 0 {
                    Some(0)
                } else {
                    // SAFETY: a non-nil func value points at a closure
                    // object whose first word is the code address.
                    Some(unsafe { *(c as *const usize) })
                }
            }
            kind::SLICE => Some(self.slice().ptr as usize),
            _ => None,
        }
    }
}

fn field_exported(f: &FieldDesc) -> bool {
    let (r, _) = utf8::decode_rune(f.name.as_bytes());
    char::from_u32(r as u32).is_some_and(|c| c.is_uppercase())
}

fn type_name(t: &TypeDesc) -> &'static [u8] {
    t.name.as_bytes()
}

/// A `func() string` method of `t` named `name`.
fn string_method(t: &TypeDesc, name: &[u8]) -> Option<*const u8> {
    t.find_method(name)
        .filter(|m| m.sig.as_bytes() == b"func() string" && !m.ifn.is_null())
        .map(|m| m.ifn)
}

/// Go's `fmtsort.compare` on two map keys: -1, 0 or 1.
fn compare(a: Val, b: Val) -> i32 {
    fn ord<T: PartialOrd>(a: T, b: T) -> i32 {
        if a < b {
            -1
        } else if a > b {
            1
        } else {
            0
        }
    }
    fn float_cmp(a: f64, b: f64) -> i32 {
        if a.is_nan() {
            -1
        } else if b.is_nan() {
            1
        } else {
            ord(a, b)
        }
    }
    if !std::ptr::eq(a.t, b.t) {
        return -1;
    }
    match a.kind() {
        kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => ord(a.int(), b.int()),
        kind::UINT | kind::UINT8 | kind::UINT16 | kind::UINT32 | kind::UINT64 | kind::UINTPTR => {
            ord(a.uint(), b.uint())
        }
        kind::STRING => ord(a.string(), b.string()),
        kind::FLOAT32 | kind::FLOAT64 => float_cmp(a.float(), b.float()),
        kind::COMPLEX64 | kind::COMPLEX128 => {
            let (ar, ai) = a.complex();
            let (br, bi) = b.complex();
            match float_cmp(ar, br) {
                0 => float_cmp(ai, bi),
                c => c,
            }
        }
        kind::BOOL => ord(a.bool(), b.bool()),
        kind::POINTER | kind::UNSAFE_POINTER | kind::CHAN => ord(a.word(), b.word()),
        kind::STRUCT => {
            for f in a.t.fields() {
                let c = compare(a.field(f), b.field(f));
                if c != 0 {
                    return c;
                }
            }
            0
        }
        kind::ARRAY => {
            for i in 0..a.len() {
                let c = compare(a.index(i), b.index(i));
                if c != 0 {
                    return c;
                }
            }
            0
        }
        kind::INTERFACE => match (a.elem_of_iface(), b.elem_of_iface()) {
            (None, None) => 0,
            (None, Some(_)) => -1,
            (Some(_), None) => 1,
            (Some(x), Some(y)) => match ord(
                x.t as *const TypeDesc as usize,
                y.t as *const TypeDesc as usize,
            ) {
                0 => compare(x, y),
                c => c,
            },
        },
        _ => 0,
    }
}

/// A stable merge sort driven by a strict "less" that need not be a total
/// order (NaN keys): never panics, unlike `slice::sort_by`.
fn stable_sort<T: Copy>(v: &mut Vec<T>, less: &dyn Fn(&T, &T) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut src = v.clone();
    let mut dst = v.clone();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(&src[j], &src[i]) {
                    dst[k] = src[j];
                    j += 1;
                } else {
                    dst[k] = src[i];
                    i += 1;
                }
                k += 1;
            }
            dst[k..k + (mid - i)].copy_from_slice(&src[i..mid]);
            k += mid - i;
            dst[k..k + (hi - j)].copy_from_slice(&src[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    *v = src;
}

/// What `badVerb` prints: the operand being formatted.
#[derive(Clone, Copy)]
enum Cur {
    /// No operand (nil).
    Nil,
    Val(Val),
}

/// One formatting run: Go's `pp` and `fmt` together.
struct Printer {
    gp: *mut G,
    buf: Vec<u8>,
    f: Flags,
    wid: i64,
    prec: i64,
    cur: Cur,
    reordered: bool,
    good_arg_num: bool,
    /// Printing the value of a panic raised by a method.
    panicking: bool,
    /// Inside `bad_verb`: methods are not called.
    erroring: bool,
    /// `Errorf`: `%w` is allowed.
    wrap_errs: bool,
    /// The operand of `%w`, as an `any`.
    wrapped: Option<Iface>,
    /// A panic escaped a method while printing a panic value: stop.
    aborted: bool,
}

impl Printer {
    fn new(gp: *mut G) -> Printer {
        Printer {
            gp,
            buf: Vec::new(),
            f: Flags::default(),
            wid: 0,
            prec: 0,
            cur: Cur::Nil,
            reordered: false,
            good_arg_num: true,
            panicking: false,
            erroring: false,
            wrap_errs: false,
            wrapped: None,
            aborted: false,
        }
    }

    fn clear_flags(&mut self) {
        self.f = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    fn write_rune(&mut self, r: i32) {
        utf8::encode_rune(&mut self.buf, r);
    }

    // -------------------------------------------------------- padding

    fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let c = if self.f.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, c);
    }

    /// Writes `b` padded to the width, counted in runes.
    fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - utf8::rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// `pad` with zero padding turned off.
    fn pad_no_zero(&mut self, b: &[u8]) {
        let z = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = z;
    }

    // -------------------------------------------------------- basic formats

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `#` also `'A'`.
    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut hex = Vec::new();
        let mut x = u;
        loop {
            hex.push(UDIGITS[(x & 15) as usize]);
            x >>= 4;
            if x == 0 {
                break;
            }
        }
        while (hex.len() as i64) < prec {
            hex.push(b'0');
        }
        let mut out = b"U+".to_vec();
        out.extend(hex.iter().rev());
        if self.f.sharp && u <= utf8::MAX_RUNE as u64 && strconv::is_print(u as i32) {
            out.extend_from_slice(b" '");
            utf8::encode_rune(&mut out, u as i32);
            out.push(b'\'');
        }
        self.pad_no_zero(&out);
    }

    /// Integer `u` (two's complement when `signed`) in `base`.
    fn fmt_int(&mut self, u: u64, base: u64, signed: bool, verb: i32, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.prec;
            if prec == 0 && u == 0 {
                let z = self.f.zero;
                self.f.zero = false;
                let w = self.wid;
                self.write_padding(w);
                self.f.zero = z;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1; // room for the sign
            }
        }
        // Built backwards, then reversed.
        let mut b: Vec<u8> = Vec::with_capacity(24);
        loop {
            b.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while (b.len() as i64) < prec {
            b.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => b.extend_from_slice(b"b0"),
                8 if b.last() != Some(&b'0') => b.push(b'0'),
                16 => {
                    b.push(digits[16]);
                    b.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' as i32 {
            b.extend_from_slice(b"o0");
        }
        if negative {
            b.push(b'-');
        } else if self.f.plus {
            b.push(b'+');
        } else if self.f.space {
            b.push(b' ');
        }
        b.reverse();
        self.pad_no_zero(&b);
    }

    /// Truncates `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += if s[i] < 0x80 {
                    1
                } else {
                    utf8::decode_rune(&s[i..]).1
                };
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice.
    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                let w = self.wid;
                self.write_padding(w);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(self.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 15) as usize]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string.
    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && strconv::can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let q = strconv::quote(s, self.f.plus, false);
        self.pad(&q);
    }

    /// `%c`.
    fn fmt_c(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 {
            utf8::RUNE_ERROR
        } else {
            c as i32
        };
        let mut b = Vec::with_capacity(4);
        utf8::encode_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of a rune.
    fn fmt_qc(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 {
            utf8::RUNE_ERROR
        } else {
            c as i32
        };
        let q = strconv::quote_rune(r, self.f.plus, false);
        self.pad(&q);
    }

    /// Go's `fmt.fmtFloat`: `verb` is strconv's format byte.
    fn fmt_float_text(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        let mut text = Vec::with_capacity(24);
        strconv::append_float(
            &mut text,
            v,
            verb,
            prec.clamp(-1, i32::MAX as i64) as i32,
            size,
        );
        let mut num = if text[0] == b'-' || text[0] == b'+' {
            text
        } else {
            let mut n = Vec::with_capacity(text.len() + 1);
            n.push(b'+');
            n.extend_from_slice(&text);
            n
        };
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let start = if num[1] == b'N' && !self.f.space && !self.f.plus {
                1
            } else {
                0
            };
            self.pad_no_zero(&num[start..]);
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = match verb {
                b'v' | b'g' | b'G' | b'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                let c = num[i];
                let exp_mark = c == b'p'
                    || c == b'P'
                    || ((c == b'e' || c == b'E') && verb != b'x' && verb != b'X');
                if exp_mark {
                    tail = num.split_off(i);
                    break;
                }
                if c == b'.' {
                    has_point = true;
                } else {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                let n = self.wid - num.len() as i64;
                self.write_padding(n);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // -------------------------------------------------------- pp level

    fn bad_verb(&mut self, verb: i32) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        self.write_rune(verb);
        self.buf.push(b'(');
        match self.cur {
            Cur::Val(v) => {
                self.buf.extend_from_slice(type_name(v.t));
                self.buf.push(b'=');
                self.print_value(v, 'v' as i32, 0);
            }
            Cur::Nil => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: bool, verb: i32) {
        match char::from_u32(verb as u32) {
            Some('t' | 'v') => self.fmt_boolean(v),
            _ => self.bad_verb(verb),
        }
    }

    /// Hexadecimal with or without `0x`, ignoring the `#` flag.
    fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading_0x;
        self.fmt_int(v, 16, false, 'v' as i32, LDIGITS);
        self.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: u64, signed: bool, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.fmt_int(v, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_int(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt_int(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_int(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt_int(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt_int(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => self.fmt_float_text(v, size, b'g', -1),
            c @ ('b' | 'g' | 'G' | 'x' | 'X') => self.fmt_float_text(v, size, c as u8, -1),
            c @ ('f' | 'e' | 'E') => self.fmt_float_text(v, size, c as u8, 6),
            'F' => self.fmt_float_text(v, size, b'f', 6),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float(re, size / 2, verb);
                self.f.plus = true;
                self.fmt_float(im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_string(&mut self, v: &[u8], verb: i32) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(v);
                } else {
                    self.fmt_s(v);
                }
            }
            's' => self.fmt_s(v),
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => self.bad_verb(verb),
        }
    }

    /// A byte slice or array (`type_str` is its type) for `%v %d %s %q %x
    /// %X`; other verbs print it as a list (`whole` is the value).
    fn fmt_bytes(&mut self, v: &[u8], is_nil: bool, verb: i32, type_str: &[u8], whole: Val) {
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' | 'd' => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_str);
                    if is_nil {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_int(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            's' => {
                let b = self.truncate(v);
                self.pad(b);
            }
            'x' => self.fmt_sbx(v, LDIGITS),
            'X' => self.fmt_sbx(v, UDIGITS),
            'q' => self.fmt_q(v),
            _ => self.print_value(whole, verb, 0),
        }
    }

    fn fmt_pointer(&mut self, v: Val, verb: i32) {
        let Some(u) = v.pointer() else {
            self.bad_verb(verb);
            return;
        };
        match char::from_u32(verb as u32).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(type_name(v.t));
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u as u64, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    let sharp = !self.f.sharp;
                    self.fmt_0x64(u as u64, sharp);
                }
            }
            'p' => {
                let sharp = !self.f.sharp;
                self.fmt_0x64(u as u64, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u as u64, false, verb),
            _ => self.bad_verb(verb),
        }
    }

    // -------------------------------------------------------- methods

    /// Calls a `func() string` method. Err carries the panic value when
    /// the method panicked (the panic is taken back from `G`).
    fn call_method(&mut self, ifn: *const u8, data: *mut u8) -> Result<&'static [u8], Iface> {
        // SAFETY: `gp` is the live goroutine running this formatting.
        let (before, prev) = unsafe { ((*self.gp).panics.len(), (*self.gp).panicking) };
        // SAFETY: `string_method` only returns methods whose signature is
        // `func() string`; such methods take (gp, data word) and return a
        // string in two registers.
        let f: extern "C" fn(*mut G, *mut u8) -> GoString = unsafe { std::mem::transmute(ifn) };
        let s = f(self.gp, data);
        // SAFETY: as above; the method has returned.
        let g = unsafe { &mut *self.gp };
        // The method panicked when the flag is set and it was not set
        // before, or (formatting inside a deferred call while a panic is
        // in flight) when the method pushed a new panic record.
        if g.panicking != 0 && (prev == 0 || g.panics.len() > before) {
            let v = g.panics.last().map_or(Iface::NIL, |p| p.value);
            g.panics
                .truncate(before.min(g.panics.len().saturating_sub(1)));
            g.panicking = prev;
            return Err(v);
        }
        Ok(s.as_bytes())
    }

    /// Go's `catchPanic` after a method of `recv` panicked with `value`.
    fn method_panicked(
        &mut self,
        recv: (&TypeDesc, *mut u8),
        verb: i32,
        method: &[u8],
        value: Iface,
    ) {
        if recv.0.kind == kind::POINTER && recv.1.is_null() {
            self.buf.extend_from_slice(b"<nil>");
            return;
        }
        if self.panicking {
            // A panic while printing a panic: re-raise it and stop.
            // SAFETY: `gp` is the live goroutine running this formatting.
            gust_runtime::panic::start_panic(unsafe { &mut *self.gp }, value);
            self.aborted = true;
            return;
        }
        let (old_flags, old_wid, old_prec) = (self.f, self.wid, self.prec);
        self.clear_flags();
        self.buf.extend_from_slice(b"%!");
        self.write_rune(verb);
        self.buf.extend_from_slice(b"(PANIC=");
        self.buf.extend_from_slice(method);
        self.buf.extend_from_slice(b" method: ");
        self.panicking = true;
        self.print_arg(Val::from_eface(&value), 'v' as i32);
        self.panicking = false;
        self.buf.push(b')');
        self.f = old_flags;
        self.wid = old_wid;
        self.prec = old_prec;
    }

    /// Calls the `name` method (`func() string`) and formats its result
    /// with `fmt_string` (or `fmt_s` for `GoString`).
    fn print_method(
        &mut self,
        recv: (&'static TypeDesc, *mut u8),
        ifn: *const u8,
        name: &[u8],
        verb: i32,
    ) {
        match self.call_method(ifn, recv.1) {
            Ok(s) => {
                if name == b"GoString" {
                    self.fmt_s(s);
                } else {
                    self.fmt_string(s, verb);
                }
            }
            Err(v) => self.method_panicked(recv, verb, name, v),
        }
    }

    /// Go's `handleMethods` for the operand `v`: true when a method (or a
    /// `%w` error) printed it.
    fn handle_methods(&mut self, v: Val, verb: i32) -> bool {
        if self.erroring {
            return false;
        }
        let recv = v.as_eface();
        let mut verb = verb;
        if verb == 'w' as i32 {
            let is_err = recv.is_some_and(|(t, _)| string_method(t, b"Error").is_some());
            if !is_err || !self.wrap_errs || self.wrapped.is_some() {
                self.wrapped = None;
                self.wrap_errs = false;
                self.bad_verb(verb);
                return true;
            }
            if let Some((t, d)) = recv {
                self.wrapped = Some(Iface {
                    tab: t as *const TypeDesc as *const u8,
                    data: d,
                });
            }
            verb = 'v' as i32;
        }
        let Some((t, data)) = recv else {
            return false;
        };
        if self.f.sharp_v {
            if let Some(ifn) = string_method(t, b"GoString") {
                self.print_method((t, data), ifn, b"GoString", verb);
                return true;
            }
        } else if matches!(
            char::from_u32(verb as u32),
            Some('v' | 's' | 'x' | 'X' | 'q')
        ) {
            for name in [&b"Error"[..], b"String"] {
                if let Some(ifn) = string_method(t, name) {
                    self.print_method((t, data), ifn, name, verb);
                    return true;
                }
            }
        }
        false
    }

    // -------------------------------------------------------- values

    /// Go's `printArg` for an `any` operand (`None` is nil).
    fn print_arg(&mut self, arg: Option<Val>, verb: i32) {
        if self.aborted {
            return;
        }
        self.cur = match arg {
            Some(v) => Cur::Val(v),
            None => Cur::Nil,
        };
        let Some(v) = arg else {
            if verb == 'T' as i32 || verb == 'v' as i32 {
                self.pad(b"<nil>");
            } else {
                self.bad_verb(verb);
            }
            return;
        };
        if verb == 'T' as i32 {
            self.fmt_s(type_name(v.t));
            return;
        }
        if verb == 'p' as i32 {
            self.fmt_pointer(v, verb);
            return;
        }
        // Go formats the exact type []byte before looking for methods and
        // calls it "[]byte" (not "[]uint8") in %#v.
        if v.kind() == kind::SLICE && type_name(v.t) == b"[]uint8" {
            self.fmt_bytes(v.bytes(), v.slice().ptr.is_null(), verb, b"[]byte", v);
            return;
        }
        if !self.handle_methods(v, verb) {
            self.print_value(v, verb, 0);
        }
    }

    /// Go's `printValue`.
    fn print_value(&mut self, v: Val, verb: i32, depth: usize) {
        if self.aborted {
            return;
        }
        if depth > 0 && !v.ro {
            self.cur = match v.as_eface() {
                Some(_) if v.kind() == kind::INTERFACE => {
                    v.elem_of_iface().map_or(Cur::Nil, Cur::Val)
                }
                Some(_) => Cur::Val(v),
                None => Cur::Nil,
            };
            if self.handle_methods(v, verb) {
                return;
            }
        }
        self.cur = Cur::Val(v);
        match v.kind() {
            kind::BOOL => self.fmt_bool(v.bool(), verb),
            kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => {
                self.fmt_integer(v.int() as u64, true, verb)
            }
            kind::UINT
            | kind::UINT8
            | kind::UINT16
            | kind::UINT32
            | kind::UINT64
            | kind::UINTPTR => self.fmt_integer(v.uint(), false, verb),
            kind::FLOAT32 => self.fmt_float(v.float(), 32, verb),
            kind::FLOAT64 => self.fmt_float(v.float(), 64, verb),
            kind::COMPLEX64 | kind::COMPLEX128 => {
                let (re, im) = v.complex();
                let size = if v.kind() == kind::COMPLEX64 { 64 } else { 128 };
                self.fmt_complex(re, im, size, verb);
            }
            kind::STRING => self.fmt_string(v.string(), verb),
            kind::MAP => self.print_map(v, verb, depth),
            kind::STRUCT => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_name(v.t));
                }
                self.buf.push(b'{');
                for (i, f) in v.t.fields().iter().enumerate() {
                    if self.aborted {
                        return;
                    }
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    if (self.f.plus_v || self.f.sharp_v) && f.name.len > 0 {
                        self.buf.extend_from_slice(f.name.as_bytes());
                        self.buf.push(b':');
                    }
                    let mut fv = v.field(f);
                    if fv.kind() == kind::INTERFACE {
                        if let Some(e) = fv.elem_of_iface() {
                            fv = e;
                        }
                    }
                    self.print_value(fv, verb, depth + 1);
                }
                self.buf.push(b'}');
            }
            kind::INTERFACE => match v.elem_of_iface() {
                None => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(type_name(v.t));
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                }
                Some(e) => self.print_value(e, verb, depth + 1),
            },
            kind::ARRAY | kind::SLICE => {
                if matches!(char::from_u32(verb as u32), Some('s' | 'q' | 'x' | 'X'))
                    && v.t.elem().kind == kind::UINT8
                {
                    let is_nil = v.kind() == kind::SLICE && v.slice().ptr.is_null();
                    self.fmt_bytes(v.bytes(), is_nil, verb, type_name(v.t), v);
                    return;
                }
                self.print_value_list(v, verb, depth);
            }
            kind::POINTER => {
                if depth == 0 && v.word() != 0 {
                    let e = Val {
                        t: v.t.elem(),
                        p: v.word() as *const u8,
                        ro: v.ro,
                    };
                    if matches!(
                        e.kind(),
                        kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                    ) {
                        self.buf.push(b'&');
                        self.print_value(e, verb, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(v, verb),
            kind::INVALID => {
                if depth == 0 {
                    self.buf.extend_from_slice(b"<invalid reflect.Value>");
                } else if verb == 'v' as i32 {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    self.bad_verb(verb);
                }
            }
            _ => {
                self.buf.push(b'?');
                self.buf.extend_from_slice(type_name(v.t));
                self.buf.push(b'?');
            }
        }
    }

    /// An array or slice as a list: `[1 2]` or `%#v`'s `[]int{1, 2}`.
    fn print_value_list(&mut self, v: Val, verb: i32, depth: usize) {
        self.cur = Cur::Val(v);
        if self.f.sharp_v {
            self.buf.extend_from_slice(type_name(v.t));
            if v.kind() == kind::SLICE && v.slice().ptr.is_null() {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
            for i in 0..v.len() {
                if self.aborted {
                    return;
                }
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(v.index(i), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for i in 0..v.len() {
                if self.aborted {
                    return;
                }
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(v.index(i), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    fn print_map(&mut self, v: Val, verb: i32, depth: usize) {
        let m = v.word() as *const u8;
        if self.f.sharp_v {
            self.buf.extend_from_slice(type_name(v.t));
            if m.is_null() {
                self.buf.extend_from_slice(b"(nil)");
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        // SAFETY: a map value is null or a live runtime map.
        let entries =
            unsafe { gust_runtime::map::map_entries(m as *const gust_runtime::map::GoMap) };
        let (kt, et) = (v.t.key(), v.t.elem());
        let mut kv: Vec<(Val, Val)> = entries
            .into_iter()
            .map(|(k, e)| {
                (
                    Val {
                        t: kt,
                        p: k,
                        ro: v.ro,
                    },
                    Val {
                        t: et,
                        p: e,
                        ro: v.ro,
                    },
                )
            })
            .collect();
        stable_sort(&mut kv, &|a, b| compare(a.0, b.0) < 0);
        for (i, (k, e)) in kv.into_iter().enumerate() {
            if self.aborted {
                return;
            }
            if i > 0 {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            self.print_value(k, verb, depth + 1);
            self.buf.push(b':');
            self.print_value(e, verb, depth + 1);
        }
        self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
    }

    // -------------------------------------------------------- Printf

    /// Go's `intFromArg`: `(value, ok)` for a `*` width or precision.
    fn int_from_arg(&self, args: &[Iface], arg_num: &mut usize) -> (i64, bool) {
        if *arg_num >= args.len() {
            return (0, false);
        }
        let mut r = (0, false);
        if let Some(v) = Val::from_eface(&args[*arg_num]) {
            match v.kind() {
                kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => {
                    r = (v.int(), true)
                }
                kind::UINT
                | kind::UINT8
                | kind::UINT16
                | kind::UINT32
                | kind::UINT64
                | kind::UINTPTR => {
                    let u = v.uint();
                    if (u as i64) >= 0 {
                        r = (u as i64, true);
                    }
                }
                _ => {}
            }
        }
        *arg_num += 1;
        if r.0 > TOO_LARGE || r.0 < -TOO_LARGE {
            r = (0, false);
        }
        r
    }

    /// Go's `argNumber`: an explicit `[n]` index at `format[*i..]`.
    /// Returns whether one was found (and valid).
    fn arg_number(
        &mut self,
        arg_num: &mut usize,
        format: &[u8],
        i: &mut usize,
        nargs: usize,
    ) -> bool {
        if *i >= format.len() || format[*i] != b'[' {
            return false;
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[*i..]);
        if ok && index >= 0 && (index as usize) < nargs {
            *arg_num = index as usize;
            *i += wid;
            return true;
        }
        self.good_arg_num = false;
        *i += wid;
        ok
    }

    fn do_printf(&mut self, format: &[u8], args: &[Iface]) {
        let end = format.len();
        let mut arg_num: usize = 0;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'outer: while i < end {
            if self.aborted {
                return;
            }
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // the '%'
            self.clear_flags();
            while i < end {
                match format[i] {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => break,
                }
                i += 1;
            }
            after_index = self.arg_number(&mut arg_num, format, &mut i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok) = self.int_from_arg(args, &mut arg_num);
                self.wid = w;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if self.wid < 0 {
                    self.wid = -self.wid;
                    self.f.minus = true;
                    self.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parse_num(format, i, end);
                self.wid = w;
                self.f.wid_present = ok;
                i = ni;
                if after_index && self.f.wid_present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                after_index = self.arg_number(&mut arg_num, format, &mut i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok) = self.int_from_arg(args, &mut arg_num);
                    self.prec = p;
                    self.f.prec_present = ok;
                    if self.prec < 0 {
                        self.prec = 0;
                        self.f.prec_present = false;
                    }
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parse_num(format, i, end);
                    self.prec = p;
                    self.f.prec_present = ok;
                    i = ni;
                    if !self.f.prec_present {
                        self.prec = 0;
                        self.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                self.arg_number(&mut arg_num, format, &mut i, args.len());
            }
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break 'outer;
            }
            let (verb, size) = if format[i] < 0x80 {
                (format[i] as i32, 1)
            } else {
                utf8::decode_rune(&format[i..])
            };
            i += size;
            if verb == '%' as i32 {
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.buf.extend_from_slice(b"%!");
                self.write_rune(verb);
                self.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.buf.extend_from_slice(b"%!");
                self.write_rune(verb);
                self.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'v' as i32 {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(Val::from_eface(&args[arg_num]), verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() && !self.aborted {
            self.clear_flags();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, a) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match Val::from_eface(a) {
                    None => self.buf.extend_from_slice(b"<nil>"),
                    Some(v) => {
                        self.buf.extend_from_slice(type_name(v.t));
                        self.buf.push(b'=');
                        self.print_arg(Some(v), 'v' as i32);
                    }
                }
            }
            self.buf.push(b')');
        }
    }

    fn do_print(&mut self, args: &[Iface]) {
        let mut prev_string = false;
        for (n, a) in args.iter().enumerate() {
            let v = Val::from_eface(a);
            let is_string = v.is_some_and(|v| v.kind() == kind::STRING);
            if n > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(v, 'v' as i32);
            prev_string = is_string;
        }
    }

    fn do_println(&mut self, args: &[Iface]) {
        for (n, a) in args.iter().enumerate() {
            if n > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(Val::from_eface(a), 'v' as i32);
        }
        self.buf.push(b'\n');
    }
}

/// Go's `parsenum`: `(number, found, new index)`; an absurdly long number
/// consumes the rest of the format.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if !(-TOO_LARGE..=TOO_LARGE).contains(&num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's `parseArgNumber` on `format` starting at `[`: `(zero-based index,
/// bytes used, ok)`.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

// ------------------------------------------------------------ public API

/// `fmt.Sprintf(format, args...)`. `args` are `any` values. When a method
/// called while printing panics in a way Go would propagate, `G::panicking`
/// is set on return and the text is incomplete.
pub fn sprintf(gp: *mut G, format: &[u8], args: &[Iface]) -> Vec<u8> {
    let mut p = Printer::new(gp);
    p.do_printf(format, args);
    p.buf
}

/// `fmt.Sprint(args...)`: spaces between operands when neither side is a
/// string.
pub fn sprint(gp: *mut G, args: &[Iface]) -> Vec<u8> {
    let mut p = Printer::new(gp);
    p.do_print(args);
    p.buf
}

/// `fmt.Sprintln(args...)`: spaces between all operands and a newline.
pub fn sprintln(gp: *mut G, args: &[Iface]) -> Vec<u8> {
    let mut p = Printer::new(gp);
    p.do_println(args);
    p.buf
}

/// `fmt.Errorf`'s formatting: the text, and the operand of `%w` (as an
/// `any`) when exactly one `%w` named an error.
pub fn errorf(gp: *mut G, format: &[u8], args: &[Iface]) -> (Vec<u8>, Option<Iface>) {
    let mut p = Printer::new(gp);
    p.wrap_errs = true;
    p.do_printf(format, args);
    (p.buf, p.wrapped)
}

// ------------------------------------------------------------ entry points

/// Runs `f` so that a Rust panic never unwinds into compiled code: it
/// becomes a Go panic with an internal-error message instead.
fn guard<T>(gp: *mut G, default: T, f: impl FnOnce() -> T) -> T {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(_) => {
            // SAFETY: compiled code passes its own live `G`.
            let g = unsafe { &mut *gp };
            gust_runtime::panic::plain_error(g, "fmt: internal error");
            default
        }
    }
}

/// The bytes of a Go string passed as (ptr, len).
pub(crate) fn str_arg<'a>(p: *const u8, n: isize) -> &'a [u8] {
    GoString { ptr: p, len: n }.as_bytes()
}

/// The `[]any` passed as (ptr, len, cap).
fn args_arg<'a>(p: *const Iface, n: isize) -> &'a [Iface] {
    if n <= 0 || p.is_null() {
        return &[];
    }
    // SAFETY: compiled code passes a live `[]any` of `n` elements.
    unsafe { std::slice::from_raw_parts(p, n as usize) }
}

/// `fmt.Sprintf(format string, a ...any) string`.
#[no_mangle]
pub extern "C" fn gust_fmt_sprintf(
    gp: *mut G,
    f_ptr: *const u8,
    f_len: isize,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> GoString {
    guard(gp, GoString::EMPTY, || {
        let out = sprintf(gp, str_arg(f_ptr, f_len), args_arg(a_ptr, a_len));
        gust_runtime::panic::go_string(&out)
    })
}

/// `fmt.Sprint(a ...any) string`.
#[no_mangle]
pub extern "C" fn gust_fmt_sprint(
    gp: *mut G,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> GoString {
    guard(gp, GoString::EMPTY, || {
        gust_runtime::panic::go_string(&sprint(gp, args_arg(a_ptr, a_len)))
    })
}

/// `fmt.Sprintln(a ...any) string`.
#[no_mangle]
pub extern "C" fn gust_fmt_sprintln(
    gp: *mut G,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> GoString {
    guard(gp, GoString::EMPTY, || {
        gust_runtime::panic::go_string(&sprintln(gp, args_arg(a_ptr, a_len)))
    })
}

/// Writes formatted text to standard output unless a panic escaped.
fn to_stdout(gp: *mut G, out: &[u8]) -> i64 {
    // SAFETY: compiled code passes its own live `G`.
    if unsafe { (*gp).panicking } == 0 {
        gust_runtime::io::write_stdout(out);
    }
    out.len() as i64
}

/// `fmt.Printf` to standard output; returns the byte count (`n`; the
/// error is always nil).
#[no_mangle]
pub extern "C" fn gust_fmt_printf(
    gp: *mut G,
    f_ptr: *const u8,
    f_len: isize,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> i64 {
    guard(gp, 0, || {
        let out = sprintf(gp, str_arg(f_ptr, f_len), args_arg(a_ptr, a_len));
        to_stdout(gp, &out)
    })
}

/// `fmt.Print` to standard output; returns the byte count.
#[no_mangle]
pub extern "C" fn gust_fmt_print(
    gp: *mut G,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> i64 {
    guard(gp, 0, || {
        let out = sprint(gp, args_arg(a_ptr, a_len));
        to_stdout(gp, &out)
    })
}

/// `fmt.Println` to standard output; returns the byte count.
#[no_mangle]
pub extern "C" fn gust_fmt_println(
    gp: *mut G,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) -> i64 {
    guard(gp, 0, || {
        let out = sprintln(gp, args_arg(a_ptr, a_len));
        to_stdout(gp, &out)
    })
}

/// Result of `gust_fmt_errorf`: the message and the `%w` operand as an
/// `any` (nil when there is none); the Go wrapper asserts it to `error`.
#[repr(C)]
pub struct ErrorfOut {
    pub text: GoString,
    pub wrapped: Iface,
}

/// `fmt.Errorf`'s formatting, written to `out` (four words).
#[no_mangle]
pub extern "C" fn gust_fmt_errorf(
    gp: *mut G,
    out: *mut ErrorfOut,
    f_ptr: *const u8,
    f_len: isize,
    a_ptr: *const Iface,
    a_len: isize,
    _a_cap: isize,
) {
    let (text, wrapped) = guard(gp, (GoString::EMPTY, Iface::NIL), || {
        let (text, w) = errorf(gp, str_arg(f_ptr, f_len), args_arg(a_ptr, a_len));
        (
            gust_runtime::panic::go_string(&text),
            w.unwrap_or(Iface::NIL),
        )
    });
    // SAFETY: compiled code passes room for an `ErrorfOut`.
    unsafe { out.write(ErrorfOut { text, wrapped }) };
}

#[cfg(test)]
#[path = "fmt_tests.rs"]
mod tests;
