//! Natives of package "unicode": character classes and case mappings.
//!
//! Invariants: answers come from `unicode_tables` (Unicode 13.0.0, the
//! version of Go 1.19), never from Rust's `char` methods (a newer Unicode
//! with different classes, e.g. `char::is_alphabetic` is the Alphabetic
//! property, not category L); runes outside 0..=0x10FFFF (negative, too
//! large) have no property and map to themselves, like Go. The property
//! bits below match `stdlib/tests/go/unicode_tables.go`. These functions
//! neither allocate nor panic.

use crate::unicode_tables::{CASES, FOLDS, PROPS, RANGE_TABLES};
use gust_runtime::g::G;

pub const L: u16 = 1;
pub const LU: u16 = 1 << 1;
pub const LL: u16 = 1 << 2;
pub const LT: u16 = 1 << 3;
pub const M: u16 = 1 << 4;
pub const N: u16 = 1 << 5;
pub const ND: u16 = 1 << 6;
pub const P: u16 = 1 << 7;
pub const S: u16 = 1 << 8;
pub const ZS: u16 = 1 << 9;
pub const SPACE: u16 = 1 << 10;
pub const CC: u16 = 1 << 11;

/// The property bits of rune `r` (0 for unassigned runes and non-runes).
pub fn props(r: i32) -> u16 {
    if r < 0 {
        return 0;
    }
    let r = r as u32;
    match PROPS.binary_search_by(|&(lo, hi, _)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => PROPS[i].2,
        Err(_) => 0,
    }
}

fn has(r: i32, bits: u16) -> u8 {
    (props(r) & bits != 0) as u8
}

/// `(upper, lower, title)` of `r`.
pub fn cases(r: i32) -> (i32, i32, i32) {
    if (0..0x80).contains(&r) {
        let b = r as u8;
        let up = b.to_ascii_uppercase() as i32;
        return (up, b.to_ascii_lowercase() as i32, up);
    }
    if r < 0 {
        return (r, r, r);
    }
    match CASES.binary_search_by_key(&(r as u32), |e| e.0) {
        Ok(i) => (CASES[i].1 as i32, CASES[i].2 as i32, CASES[i].3 as i32),
        Err(_) => (r, r, r),
    }
}

/// Go's `unicode.SimpleFold`.
pub fn simple_fold(r: i32) -> i32 {
    if r < 0 {
        return r;
    }
    match FOLDS.binary_search_by_key(&(r as u32), |e| e.0) {
        Ok(i) => FOLDS[i].1 as i32,
        Err(_) => r,
    }
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsControl(_gp: *mut G, r: i32) -> u8 {
    // Go counts only the C0 and C1 controls (Latin-1) as control runes.
    ((0..=0xFF).contains(&r) && props(r) & CC != 0) as u8
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsDigit(_gp: *mut G, r: i32) -> u8 {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit() as u8;
    }
    has(r, ND)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsGraphic(_gp: *mut G, r: i32) -> u8 {
    has(r, L | M | N | P | S | ZS)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsLetter(_gp: *mut G, r: i32) -> u8 {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic() as u8;
    }
    has(r, L)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsLower(_gp: *mut G, r: i32) -> u8 {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_lowercase() as u8;
    }
    has(r, LL)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsMark(_gp: *mut G, r: i32) -> u8 {
    has(r, M)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsNumber(_gp: *mut G, r: i32) -> u8 {
    has(r, N)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsPrint(_gp: *mut G, r: i32) -> u8 {
    // Of the spaces only U+0020 is printable.
    (r == 0x20 || props(r) & (L | M | N | P | S) != 0) as u8
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsPunct(_gp: *mut G, r: i32) -> u8 {
    has(r, P)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsSpace(_gp: *mut G, r: i32) -> u8 {
    has(r, SPACE)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsSymbol(_gp: *mut G, r: i32) -> u8 {
    has(r, S)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsTitle(_gp: *mut G, r: i32) -> u8 {
    has(r, LT)
}

#[no_mangle]
pub extern "C" fn gust_unicode_IsUpper(_gp: *mut G, r: i32) -> u8 {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_uppercase() as u8;
    }
    has(r, LU)
}

#[no_mangle]
pub extern "C" fn gust_unicode_SimpleFold(_gp: *mut G, r: i32) -> i32 {
    simple_fold(r)
}

#[no_mangle]
pub extern "C" fn gust_unicode_ToLower(_gp: *mut G, r: i32) -> i32 {
    cases(r).1
}

#[no_mangle]
pub extern "C" fn gust_unicode_ToTitle(_gp: *mut G, r: i32) -> i32 {
    cases(r).2
}

#[no_mangle]
pub extern "C" fn gust_unicode_ToUpper(_gp: *mut G, r: i32) -> i32 {
    cases(r).0
}

/// Whether `r` is in predefined range table `id` (1-based, the order of
/// the generated Go declarations); false for an unknown id.
pub fn in_table(id: i64, r: i32) -> bool {
    let Some(t) = usize::try_from(id - 1)
        .ok()
        .and_then(|i| RANGE_TABLES.get(i))
    else {
        return false;
    };
    if r < 0 {
        return false;
    }
    let r = r as u32;
    t.binary_search_by(|&(lo, hi)| {
        if hi < r {
            std::cmp::Ordering::Less
        } else if lo > r {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

/// `func inTable(id int, r rune) bool`.
#[no_mangle]
pub extern "C" fn gust_unicode_inTable(_gp: *mut G, id: i64, r: i32) -> u8 {
    in_table(id, r) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(PROPS.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(PROPS.iter().all(|e| e.0 <= e.1));
        assert!(CASES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLDS.windows(2).all(|w| w[0].0 < w[1].0));
        for t in RANGE_TABLES {
            assert!(t.windows(2).all(|w| w[0].1 + 1 < w[1].0));
            assert!(t.iter().all(|e| e.0 <= e.1));
        }
    }

    #[test]
    fn range_tables() {
        // Ids follow the generated Go declarations: C = 1, ..., Han = 47.
        assert!(in_table(1, 0x7F));
        assert!(!in_table(1, 'a' as i32));
        assert!(in_table(47, '中' as i32));
        assert!(!in_table(47, 'a' as i32));
        assert!(!in_table(0, 'a' as i32));
        assert!(!in_table(1000, 'a' as i32));
    }

    #[test]
    fn classes() {
        let g = std::ptr::null_mut();
        assert_eq!(gust_unicode_IsLetter(g, 'é' as i32), 1);
        assert_eq!(gust_unicode_IsLetter(g, '1' as i32), 0);
        assert_eq!(gust_unicode_IsDigit(g, '٣' as i32), 1);
        assert_eq!(gust_unicode_IsNumber(g, 'Ⅻ' as i32), 1);
        assert_eq!(gust_unicode_IsDigit(g, 'Ⅻ' as i32), 0);
        assert_eq!(gust_unicode_IsSpace(g, 0x85), 1);
        assert_eq!(gust_unicode_IsSpace(g, 0x3000), 1);
        assert_eq!(gust_unicode_IsSpace(g, 0x200B), 0);
        assert_eq!(gust_unicode_IsPrint(g, 0xA0), 0);
        assert_eq!(gust_unicode_IsGraphic(g, 0xA0), 1);
        assert_eq!(gust_unicode_IsControl(g, 0x9F), 1);
        assert_eq!(gust_unicode_IsControl(g, 0x200E), 0);
        assert_eq!(gust_unicode_IsPunct(g, '!' as i32), 1);
        assert_eq!(gust_unicode_IsSymbol(g, '+' as i32), 1);
        assert_eq!(gust_unicode_IsTitle(g, 0x1C5), 1);
        assert_eq!(gust_unicode_IsLetter(g, -1), 0);
        assert_eq!(gust_unicode_IsLetter(g, 0x110000), 0);
    }

    #[test]
    fn case_mappings() {
        let g = std::ptr::null_mut();
        assert_eq!(gust_unicode_ToUpper(g, 'a' as i32), 'A' as i32);
        assert_eq!(gust_unicode_ToLower(g, 'Σ' as i32), 'σ' as i32);
        assert_eq!(gust_unicode_ToUpper(g, 'ß' as i32), 'ß' as i32);
        assert_eq!(gust_unicode_ToTitle(g, 0x1C6), 0x1C5);
        assert_eq!(gust_unicode_ToUpper(g, 0x1C6), 0x1C4);
        assert_eq!(gust_unicode_ToUpper(g, -5), -5);
        assert_eq!(gust_unicode_SimpleFold(g, 'A' as i32), 'a' as i32);
        assert_eq!(gust_unicode_SimpleFold(g, 'a' as i32), 'A' as i32);
        assert_eq!(gust_unicode_SimpleFold(g, 'K' as i32), 'k' as i32);
        assert_eq!(gust_unicode_SimpleFold(g, 'k' as i32), 0x212A);
        assert_eq!(gust_unicode_SimpleFold(g, 0x212A), 'K' as i32);
        assert_eq!(gust_unicode_SimpleFold(g, '1' as i32), '1' as i32);
    }
}
