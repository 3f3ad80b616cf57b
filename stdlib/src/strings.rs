//! Natives of package "strings" (the rest of the package is Go code in
//! `compiler/src/stdlib/strings.go`): the byte scans that Go code would
//! run one bounds-checked byte at a time.
//!
//! Invariants: the string arguments are `(ptr, len)` pairs of valid Go
//! strings (`GoString::as_bytes`); these functions neither allocate nor
//! panic. `index_byte` scans eight bytes per step (SWAR), so its result is
//! the first match exactly like a byte loop. `noCopyString` aliases a byte
//! slice: its Go callers never write those bytes again, which keeps the
//! string immutable.

use gust_runtime::abi::GoString;
use gust_runtime::g::G;

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Index of the first `c` in `b`.
pub fn index_byte(b: &[u8], c: u8) -> Option<usize> {
    let pattern = LO.wrapping_mul(c as u64);
    let mut chunks = b.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ pattern;
        // A zero byte in x is a match; this expression has its high bit set
        // at the first zero byte (bits above the first zero may be noisy,
        // so only the lowest set bit is trusted).
        let found = x.wrapping_sub(LO) & !x & HI;
        if found != 0 {
            return Some(base + (found.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == c)
        .map(|i| base + i)
}

/// `func IndexByte(s string, c byte) int`.
#[no_mangle]
pub extern "C" fn gust_strings_IndexByte(_gp: *mut G, p: *const u8, n: isize, c: u8) -> i64 {
    let s = GoString { ptr: p, len: n }.as_bytes();
    index_byte(s, c).map_or(-1, |i| i as i64)
}

/// `func countByte(s string, c byte) int`.
#[no_mangle]
pub extern "C" fn gust_strings_countByte(_gp: *mut G, p: *const u8, n: isize, c: u8) -> i64 {
    let s = GoString { ptr: p, len: n }.as_bytes();
    s.iter().filter(|&&b| b == c).count() as i64
}

/// `func noCopyString(b []byte) string`: the string over `b[:len(b)]`.
#[no_mangle]
pub extern "C" fn gust_strings_noCopyString(
    _gp: *mut G,
    p: *const u8,
    len: isize,
    _cap: isize,
) -> GoString {
    if len == 0 {
        return GoString::EMPTY;
    }
    GoString { ptr: p, len }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_byte_matches_naive_search() {
        let data: Vec<u8> = (0..300u32).map(|i| (i * 7 % 251) as u8).collect();
        for start in 0..20 {
            for c in [0u8, 1, 7, 14, 128, 250, 255] {
                let s = &data[start..];
                assert_eq!(
                    index_byte(s, c),
                    s.iter().position(|&x| x == c),
                    "{start} {c}"
                );
            }
        }
        assert_eq!(index_byte(b"", b'a'), None);
        assert_eq!(index_byte(b"\x80\x81a", 0x81), Some(1));
        assert_eq!(index_byte(b"aaaaaaaaab", b'b'), Some(9));
        assert_eq!(
            index_byte(&[0x01, 0x00, 0, 0, 0, 0, 0, 0, 0], 0x00),
            Some(1)
        );
    }
}
