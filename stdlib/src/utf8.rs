//! UTF-8 decoding and encoding with Go's `unicode/utf8` semantics.
//!
//! Invariants: Go strings are arbitrary bytes, so every function here takes
//! `&[u8]`; an invalid or truncated sequence decodes as `RUNE_ERROR` with
//! width 1 (never 0 unless the input is empty); surrogates, overlong forms
//! and code points above `MAX_RUNE` are invalid; encoding an invalid rune
//! writes U+FFFD. Runes are `i32` like Go's `rune`.

/// U+FFFD, Go's `utf8.RuneError`.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// Go's `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// Go's `utf8.RuneSelf`: bytes below it are single-byte runes.
pub const RUNE_SELF: i32 = 0x80;

/// Decodes the first rune of `s`: `(rune, width)`. Empty input gives
/// `(RUNE_ERROR, 0)`; an invalid encoding gives `(RUNE_ERROR, 1)`.
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as i32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as i32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as i32),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < n {
        // A truncated sequence is invalid, but only its first byte is
        // consumed (Go reports width 1).
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (b & 0x3F) as i32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

/// Whether `r` is a Unicode scalar value (Go's `utf8.ValidRune`).
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Number of bytes `encode_rune` writes for `r`.
pub fn rune_len(r: i32) -> usize {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        _ if !valid_rune(r) => 3,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

/// Appends the UTF-8 encoding of `r` (U+FFFD when `r` is not valid).
pub fn encode_rune(out: &mut Vec<u8>, r: i32) {
    let r = if valid_rune(r) { r as u32 } else { 0xFFFD };
    match char::from_u32(r) {
        Some(c) => {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
        None => out.extend_from_slice("\u{FFFD}".as_bytes()),
    }
}

/// Number of runes in `s`, each invalid byte counting as one.
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&s[i..]).1;
        }
        n += 1;
    }
    n
}

/// Whether `s` is entirely valid UTF-8.
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_follows_go() {
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("€x".as_bytes()), (0x20AC, 3));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xC0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xED\xA0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xE2\x82"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xF4\x90\x80\x80"), (RUNE_ERROR, 1));
        assert_eq!(rune_count(b"a\xffb\xE2\x82"), 5);
        let mut v = vec![];
        encode_rune(&mut v, 0xD800);
        encode_rune(&mut v, -1);
        encode_rune(&mut v, 0x41);
        assert_eq!(v, "\u{FFFD}\u{FFFD}A".as_bytes());
        assert_eq!(rune_len(0x10FFFF), 4);
        assert_eq!(rune_len(0x110000), 3);
    }
}
