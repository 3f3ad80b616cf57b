//! The standard library's native parts: Go's `fmt` and `strconv`
//! formatting engines and the `extern "C"` entry points that Go-side
//! wrappers call.
//!
//! Invariants: every entry point is `#[no_mangle] extern "C"`, takes the
//! goroutine `*mut G` first, never unwinds (Go panics are reported through
//! `gust_runtime::panic`) and is listed by `symbols()`.

// The `extern "C"` entry points take raw pointers from compiled code, whose
// contract (live `G`, valid strings, slices and out pointers) is the ABI
// documented in `gust_runtime::abi`; they stay safe functions so that the
// JIT can take their addresses like the runtime's.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod errors;
pub mod fmt;
pub mod isprint_table;
pub mod math;
pub mod sort;
pub mod strconv;
pub mod strconv_native;
pub mod strings;
pub mod unicode;
pub mod unicode_tables;
pub mod utf8;

use gust_runtime::sym;

/// Every native entry point of this crate, by symbol name, for the JIT.
pub fn symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        sym!(fmt::gust_fmt_sprintf),
        sym!(fmt::gust_fmt_sprint),
        sym!(fmt::gust_fmt_sprintln),
        sym!(fmt::gust_fmt_printf),
        sym!(fmt::gust_fmt_print),
        sym!(fmt::gust_fmt_println),
        sym!(fmt::gust_fmt_errorf),
        sym!(strconv_native::gust_strconv_parse_int),
        sym!(strconv_native::gust_strconv_parse_uint),
        sym!(strconv_native::gust_strconv_parse_float),
        sym!(strconv_native::gust_strconv_format_float),
        sym!(strconv_native::gust_strconv_format_int),
        sym!(strconv_native::gust_strconv_format_uint),
        sym!(strconv_native::gust_strconv_quote),
        sym!(strconv_native::gust_strconv_quote_rune),
        sym!(strconv_native::gust_strconv_unquote),
        sym!(strconv_native::gust_strconv_quoted_prefix),
        sym!(strconv_native::gust_strconv_unquote_char),
        sym!(strconv_native::gust_strconv_can_backquote),
        sym!(strconv_native::gust_strconv_is_print),
        sym!(strconv_native::gust_strconv_is_graphic),
        // strings, unicode, sort, errors, math.
        sym!(strings::gust_strings_IndexByte),
        sym!(strings::gust_strings_countByte),
        sym!(strings::gust_strings_noCopyString),
        sym!(unicode::gust_unicode_IsControl),
        sym!(unicode::gust_unicode_IsDigit),
        sym!(unicode::gust_unicode_IsGraphic),
        sym!(unicode::gust_unicode_IsLetter),
        sym!(unicode::gust_unicode_IsLower),
        sym!(unicode::gust_unicode_IsMark),
        sym!(unicode::gust_unicode_IsNumber),
        sym!(unicode::gust_unicode_IsPrint),
        sym!(unicode::gust_unicode_IsPunct),
        sym!(unicode::gust_unicode_IsSpace),
        sym!(unicode::gust_unicode_IsSymbol),
        sym!(unicode::gust_unicode_IsTitle),
        sym!(unicode::gust_unicode_IsUpper),
        sym!(unicode::gust_unicode_SimpleFold),
        sym!(unicode::gust_unicode_ToLower),
        sym!(unicode::gust_unicode_ToTitle),
        sym!(unicode::gust_unicode_ToUpper),
        sym!(unicode::gust_unicode_inTable),
        sym!(sort::gust_sort_lenAny),
        sym!(sort::gust_sort_swapAny),
        sym!(sort::gust_sort_sortInts),
        sym!(sort::gust_sort_sortStrings),
        sym!(errors::gust_errors_isComparable),
        sym!(errors::gust_errors_checkAsTarget),
        sym!(errors::gust_errors_asTarget),
        sym!(math::gust_math_Sqrt),
        sym!(math::gust_math_Floor),
        sym!(math::gust_math_Ceil),
        sym!(math::gust_math_Trunc),
        sym!(math::gust_math_Round),
        sym!(math::gust_math_RoundToEven),
        sym!(math::gust_math_Abs),
        sym!(math::gust_math_Copysign),
        sym!(math::gust_math_modNative),
        sym!(math::gust_math_FMA),
        sym!(math::gust_math_Float64bits),
        sym!(math::gust_math_Float64frombits),
        sym!(math::gust_math_Float32bits),
        sym!(math::gust_math_Float32frombits),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn symbols_are_named_and_distinct() {
        let syms = super::symbols();
        let mut names: Vec<&str> = syms.iter().map(|s| s.0).collect();
        assert!(names
            .iter()
            .all(|n| n.starts_with("gust_") && !n.contains(':') && !n.contains(' ')));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), syms.len());
        assert!(syms.iter().all(|s| !s.1.is_null()));
    }
}
