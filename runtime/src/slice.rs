//! `append`'s slow path: growing a slice's backing array, with capacities
//! chosen exactly like Go 1.19 (programs print `cap`).
//!
//! Invariants:
//! - The new capacity is computed from the old capacity and the needed
//!   length as Go 1.19's `growslice` does: double below 256 elements, else
//!   grow by `(cap + 768) / 4` until large enough (or jump straight to the
//!   needed length when it exceeds twice the old capacity), then round the
//!   byte size up to Go's malloc size class (8 KiB pages above 32 KiB) and
//!   use every byte of it.
//! - The new backing array is a fresh zeroed allocation holding a copy of
//!   the old `len` elements; the old array is never written.
//! - Zero-size elements never allocate: the result points at the zero-size
//!   sentinel with capacity equal to the needed length.
//! - Overflow or sizes beyond Go's `maxAlloc` (2^48) panic with Go's
//!   `runtime error: growslice: cap out of range`.

// Entry points are safe `extern "C"` functions that trust the raw pointers
// compiled code passes them (the ABI contract in `abi.rs`), like the rest of
// the runtime; each dereference carries its own SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::abi::{GoSlice, TypeDesc};
use crate::g::G;

/// Go's largest allocation on 64-bit Linux.
pub const MAX_ALLOC: usize = 1 << 48;

/// Go's malloc size classes up to 32 KiB (runtime/sizeclasses.go).
const SIZE_CLASSES: [u16; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

const PAGE: usize = 8192;

/// The size Go's allocator really hands out for a request of `size` bytes.
pub fn roundupsize(size: usize) -> usize {
    if size == 0 {
        return 0;
    }
    if size < 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| (c as usize) < size);
        return SIZE_CLASSES[i] as usize;
    }
    match size.checked_add(PAGE - 1) {
        Some(s) => s & !(PAGE - 1),
        None => size,
    }
}

/// The capacity Go 1.19 gives a slice of `elem_size`-byte elements with
/// capacity `old_cap` that must hold `needed` elements, or `None` when
/// that overflows (Go's "growslice: cap out of range").
pub fn grow_cap(elem_size: usize, old_cap: isize, needed: isize) -> Option<isize> {
    if needed < old_cap {
        return None;
    }
    if elem_size == 0 {
        return Some(needed);
    }
    let mut newcap = old_cap;
    let double = old_cap.wrapping_add(old_cap);
    if needed > double {
        newcap = needed;
    } else if old_cap < 256 {
        newcap = double;
    } else {
        while 0 < newcap && newcap < needed {
            newcap = newcap.wrapping_add(newcap.wrapping_add(3 * 256) / 4);
        }
        if newcap <= 0 {
            newcap = needed;
        }
    }
    let bytes = roundupsize((newcap as usize).checked_mul(elem_size)?);
    if bytes > MAX_ALLOC {
        return None;
    }
    Some((bytes / elem_size) as isize)
}

/// Grows the slice `{old_ptr, old_len, old_cap}` of `et` elements so that
/// it can hold `new_len` elements. `*out` gets the new array, `len =
/// old_len` (the caller sets the new length and stores the appended
/// elements) and Go's capacity.
#[no_mangle]
pub extern "C" fn gust_growslice(
    gp: *mut G,
    et: *const TypeDesc,
    old_ptr: *mut u8,
    old_len: isize,
    old_cap: isize,
    new_len: isize,
    out: *mut GoSlice,
) {
    // SAFETY: compiled code passes an emitted element descriptor.
    let et = unsafe { &*et };
    let size = et.size as usize;
    let res = match grow_cap(size, old_cap, new_len) {
        None => {
            // SAFETY: compiled code passes its own live `G`.
            let g = unsafe { &mut *gp };
            crate::panic::runtime_error(g, "growslice: cap out of range");
            GoSlice::NIL
        }
        Some(cap) => {
            let bytes = cap as usize * size;
            let p = crate::alloc::alloc_typed(et, bytes);
            let keep = old_len.max(0) as usize * size;
            if keep > 0 {
                // SAFETY: the old array holds `old_len` elements; the new
                // one has room for `cap >= new_len >= old_len` of them, and
                // the two do not overlap (the new one is fresh).
                unsafe { std::ptr::copy_nonoverlapping(old_ptr, p, keep) };
            }
            GoSlice {
                ptr: p,
                len: old_len,
                cap,
            }
        }
    };
    // SAFETY: `out` points at writable space for a slice header.
    unsafe { *out = res };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::kind;
    use crate::alg::testtypes::*;

    /// Output of a Go 1.19 program (linux/amd64). Entries `size len cap`:
    /// appending one element at a time to a nil slice of `size`-byte
    /// elements, the capacity became `cap` at length `len`. Entries
    /// `b a k cap1 cap8 cap12 cap24`: `append(make([]E, a), make([]E, k)...)`
    /// gave those capacities for element sizes 1, 8, 12 and 24.
    const GO_CAPS: &str = "\
    1 1 8;1 9 16;1 17 32;1 33 64;1 65 128;1 129 256;1 257 512;1 513 896;1 897 1408;\
    1 1409 2048;1 2049 3072;1 3073 4096;1 4097 5376;1 5377 6912;1 6913 9472;\
    1 9473 12288;1 12289 16384;1 16385 21760;1 21761 28672;1 28673 40960;1 40961 57344;\
    1 57345 73728;1 73729 98304;1 98305 131072;3 1 2;3 3 5;3 6 10;3 11 21;3 22 42;\
    3 43 85;3 86 170;3 171 341;3 342 682;3 683 1066;3 1067 1621;3 1622 2261;3 2262 3157;\
    3 3158 4522;3 4523 6144;3 6145 8192;3 8193 10922;3 10923 16384;3 16385 21845;\
    3 21846 30037;8 1 1;8 2 2;8 3 4;8 5 8;8 9 16;8 17 32;8 33 64;8 65 128;8 129 256;\
    8 257 512;8 513 848;8 849 1280;8 1281 1792;8 1793 2560;8 2561 3408;8 3409 5120;\
    8 5121 7168;8 7169 9216;8 9217 12288;8 12289 16384;8 16385 21504;8 21505 27648;\
    8 27649 34816;12 1 1;12 2 2;12 3 4;12 5 8;12 9 16;12 17 32;12 33 64;12 65 128;\
    12 129 256;12 257 512;12 513 853;12 854 1365;12 1366 2048;12 2049 3413;12 3414 4778;\
    12 4779 6826;12 6827 8874;12 8875 11605;12 11606 15018;12 15019 19114;\
    12 19115 24576;12 24577 31402;16 1 1;16 2 2;16 3 4;16 5 8;16 9 16;16 17 32;16 33 64;\
    16 65 128;16 129 256;16 257 512;16 513 848;16 849 1280;16 1281 1792;16 1793 2560;\
    16 2561 3584;16 3585 5120;16 5121 6656;16 6657 8704;16 8705 11264;16 11265 14336;\
    16 14337 18432;16 18433 23552;16 23553 29696;16 29697 37376;24 1 1;24 2 2;24 3 4;\
    24 5 8;24 9 16;24 17 32;24 33 64;24 65 128;24 129 256;24 257 512;24 513 853;\
    24 854 1365;24 1366 2048;24 2049 3072;24 3073 4096;24 4097 5461;24 5462 7168;\
    24 7169 9216;24 9217 11946;24 11947 15360;24 15361 19456;24 19457 24576;\
    24 24577 31061;40 1 1;40 2 2;40 3 4;40 5 8;40 9 16;40 17 32;40 33 67;40 68 134;\
    40 135 272;40 273 544;40 545 1024;40 1025 1638;40 1639 2252;40 2253 3072;\
    40 3073 4096;40 4097 5324;40 5325 6963;40 6964 9011;40 9012 11468;40 11469 14540;\
    40 14541 18432;40 18433 23347;40 23348 29491;40 29492 37068;100 1 1;100 2 2;100 3 4;\
    100 5 8;100 9 17;100 18 34;100 35 69;100 70 143;100 144 286;100 287 573;100 574 983;\
    100 984 1474;100 1475 2048;100 2049 2785;100 2786 3686;100 3687 4833;100 4834 6307;\
    100 6308 8110;100 8111 10403;1000 1 1;1000 2 2;1000 3 4;1000 5 8;1000 9 16;\
    1000 17 32;1000 33 65;1000 66 131;1000 132 262;1000 263 524;1000 525 851;\
    1000 852 1261;1000 1262 1769;1000 1770 2408;1000 2409 3203;b 0 1 8 1 1 1;\
    b 0 2 8 2 2 2;b 0 3 8 3 4 3;b 0 7 8 8 8 7;b 0 13 16 14 13 13;\
    b 0 100 112 112 106 112;b 0 511 512 512 512 512;b 0 1000 1024 1024 1024 1024;\
    b 0 5000 5376 5120 5461 5120;b 1 1 8 2 2 2;b 1 2 8 3 4 3;b 1 3 8 4 4 4;\
    b 1 7 8 8 8 8;b 1 13 16 14 14 14;b 1 100 112 112 106 112;b 1 511 512 512 512 512;\
    b 1 1000 1024 1024 1024 1024;b 1 5000 5376 5120 5461 5120;b 3 1 8 6 6 6;\
    b 3 2 8 6 6 6;b 3 3 8 6 6 6;b 3 7 16 10 10 10;b 3 13 16 16 16 16;\
    b 3 100 112 112 106 112;b 3 511 576 608 544 565;b 3 1000 1024 1024 1024 1024;\
    b 3 5000 5376 5120 5461 5120;b 5 1 16 10 10 10;b 5 2 16 10 10 10;b 5 3 16 10 10 10;\
    b 5 7 16 12 12 12;b 5 13 24 18 18 18;b 5 100 112 112 106 112;\
    b 5 511 576 608 544 565;b 5 1000 1024 1024 1024 1024;b 5 5000 5376 5120 5461 5120;\
    b 7 1 16 14 14 14;b 7 2 16 14 14 14;b 7 3 16 14 14 14;b 7 7 16 14 14 14;\
    b 7 13 24 20 20 20;b 7 100 112 112 117 112;b 7 511 576 608 544 565;\
    b 7 1000 1024 1024 1024 1024;b 7 5000 5376 5120 5461 5120;b 100 1 208 224 224 202;\
    b 100 2 208 224 224 202;b 100 3 208 224 224 202;b 100 7 208 224 224 202;\
    b 100 13 208 224 224 202;b 100 100 208 224 224 202;b 100 511 640 672 682 682;\
    b 100 1000 1152 1184 1130 1136;b 100 5000 5376 5120 5461 5120;\
    b 255 1 512 512 512 512;b 255 2 512 512 512 512;b 255 3 512 512 512 512;\
    b 255 7 512 512 512 512;b 255 13 512 512 512 512;b 255 100 512 512 512 512;\
    b 255 511 768 768 789 768;b 255 1000 1280 1280 1365 1365;\
    b 255 5000 5376 6144 5461 5461;b 256 1 512 512 512 512;b 256 2 512 512 512 512;\
    b 256 3 512 512 512 512;b 256 7 512 512 512 512;b 256 13 512 512 512 512;\
    b 256 100 512 512 512 512;b 256 511 768 768 789 768;b 256 1000 1280 1280 1365 1365;\
    b 256 5000 5376 6144 5461 5461;b 300 1 576 608 576 597;b 300 2 576 608 576 597;\
    b 300 3 576 608 576 597;b 300 7 576 608 576 597;b 300 13 576 608 576 597;\
    b 300 100 576 608 576 597;b 300 511 896 816 853 853;b 300 1000 1408 1360 1365 1365;\
    b 300 5000 5376 6144 5461 5461;b 1000 1 1536 1536 1536 1706;\
    b 1000 2 1536 1536 1536 1706;b 1000 3 1536 1536 1536 1706;\
    b 1000 7 1536 1536 1536 1706;b 1000 13 1536 1536 1536 1706;\
    b 1000 100 1536 1536 1536 1706;b 1000 511 2048 2048 2048 2048;\
    b 1000 1000 2688 2720 2730 2730;b 1000 5000 6144 6144 6144 6144;\
";

    fn grow(size: usize, len: isize, cap: isize, need: isize) -> isize {
        let mut g = G::new(1, 0);
        let t = td("E", size as u64, 1, kind::ARRAY, TypeDesc::FLAG_NOPTR);
        let mut out = GoSlice::NIL;
        let old = vec![7u8; (len as usize) * size];
        gust_growslice(&mut g, t, old.as_ptr() as *mut u8, len, cap, need, &mut out);
        assert_eq!(g.panicking, 0);
        assert_eq!(out.len, len);
        // SAFETY: the new array holds `cap` elements of `size` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(out.ptr, out.cap as usize * size) };
        assert!(bytes[..old.len()].iter().all(|&b| b == 7));
        assert!(bytes[old.len()..].iter().all(|&b| b == 0));
        out.cap
    }

    #[test]
    fn matches_go_capacities() {
        let mut one_by_one: Vec<String> = vec![];
        let mut sizes: Vec<usize> = vec![];
        let mut checked = 0;
        for e in GO_CAPS.split(';').filter(|e| !e.is_empty()) {
            let f: Vec<usize> = e
                .split(' ')
                .skip_while(|w| *w == "b")
                .map(|w| w.parse().unwrap())
                .collect();
            if e.starts_with("b ") {
                let (a, k) = (f[0] as isize, f[1] as isize);
                for (i, size) in [1usize, 8, 12, 24].into_iter().enumerate() {
                    assert_eq!(
                        grow(size, a, a, a + k),
                        f[2 + i] as isize,
                        "{e} size {size}"
                    );
                }
            } else {
                one_by_one.push(e.to_string());
                if !sizes.contains(&f[0]) {
                    sizes.push(f[0]);
                }
            }
            checked += 1;
        }
        assert!(checked > 250);
        // Replay one-at-a-time appends up to the last length Go reported.
        let mut ours = vec![];
        for &size in &sizes {
            let last: usize = one_by_one
                .iter()
                .filter(|e| e.split(' ').next().unwrap().parse::<usize>().unwrap() == size)
                .map(|e| e.split(' ').nth(1).unwrap().parse::<usize>().unwrap())
                .max()
                .unwrap();
            let (mut len, mut cap) = (0isize, 0isize);
            while (len as usize) < last {
                if len + 1 > cap {
                    cap = grow_cap(size, cap, len + 1).unwrap();
                    ours.push(format!("{size} {} {cap}", len + 1));
                }
                len += 1;
            }
        }
        assert_eq!(ours, one_by_one);
    }

    #[test]
    fn zero_size_and_overflow() {
        let mut g = G::new(1, 0);
        let t = td("struct {}", 0, 1, kind::STRUCT, TypeDesc::FLAG_NOPTR);
        let mut out = GoSlice::NIL;
        gust_growslice(&mut g, t, std::ptr::null_mut(), 4, 4, 5, &mut out);
        assert_eq!((out.len, out.cap), (4, 5));
        assert!(!out.ptr.is_null());
        assert_eq!(g.panicking, 0);
        let b = td("uint8", 1, 1, kind::UINT8, TypeDesc::FLAG_NOPTR);
        let big = 1isize << 62;
        gust_growslice(
            &mut g,
            b,
            std::ptr::null_mut(),
            big,
            big,
            big.wrapping_add(big),
            &mut out,
        );
        assert_eq!(g.panicking, 1);
        assert_eq!(panic_msg(&g), "runtime error: growslice: cap out of range");
        assert_eq!(grow_cap(8, 0, 1 << 46), None);
        assert_eq!(grow_cap(1, 0, 1 << 48), Some(1 << 48));
        let _ = int();
    }

    #[test]
    fn size_classes() {
        assert_eq!(roundupsize(1), 8);
        assert_eq!(roundupsize(8), 8);
        assert_eq!(roundupsize(9), 16);
        assert_eq!(roundupsize(1025), 1152);
        assert_eq!(roundupsize(32767), 32768);
        assert_eq!(roundupsize(32768), 32768);
        assert_eq!(roundupsize(32769), 40960);
        assert_eq!(roundupsize(usize::MAX - 5), usize::MAX - 5);
    }
}
