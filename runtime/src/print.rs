//! The `print` and `println` builtins: Go's runtime formatting, written to
//! standard error.

use crate::abi::{GoString, Iface};
use crate::io::write_stderr;

/// Go's runtime float format: `+1.500000e+000`, `NaN`, `+Inf`.
pub fn float_text(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    const DIGITS: usize = 7;
    let mut sign = b'+';
    let mut x = v;
    let mut exp: i32 = 0;
    if x == 0.0 {
        if x.is_sign_negative() {
            sign = b'-';
        }
    } else {
        if x < 0.0 {
            x = -x;
            sign = b'-';
        }
        while x >= 10.0 {
            exp += 1;
            x /= 10.0;
        }
        while x < 1.0 {
            exp -= 1;
            x *= 10.0;
        }
        let mut half = 5.0;
        for _ in 0..DIGITS {
            half /= 10.0;
        }
        x += half;
        if x >= 10.0 {
            exp += 1;
            x /= 10.0;
        }
    }
    let mut digits = [0u8; DIGITS];
    for d in digits.iter_mut() {
        let s = x as i64;
        *d = b'0' + s as u8;
        x -= s as f64;
        x *= 10.0;
    }
    let mut out = vec![sign, digits[0], b'.'];
    out.extend_from_slice(&digits[1..]);
    out.push(b'e');
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    out.push(b'0' + (e / 100) as u8);
    out.push(b'0' + ((e / 10) % 10) as u8);
    out.push(b'0' + (e % 10) as u8);
    String::from_utf8(out).unwrap_or_default()
}

#[no_mangle]
pub extern "C" fn gust_print_int(v: i64) {
    write_stderr(v.to_string().as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_uint(v: u64) {
    write_stderr(v.to_string().as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_float(v: f64) {
    write_stderr(float_text(v).as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_bool(v: u8) {
    write_stderr(if v != 0 { b"true" } else { b"false" });
}
#[no_mangle]
pub extern "C" fn gust_print_string(p: *const u8, n: isize) {
    write_stderr(GoString { ptr: p, len: n }.as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_pointer(p: usize) {
    write_stderr(format!("{p:#x}").as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_iface(tab: usize, data: usize) {
    let _ = Iface::NIL;
    write_stderr(format!("({tab:#x},{data:#x})").as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_slice(p: usize, len: isize, cap: isize) {
    write_stderr(format!("[{len}/{cap}]{p:#x}").as_bytes());
}
#[no_mangle]
pub extern "C" fn gust_print_space() {
    write_stderr(b" ");
}
#[no_mangle]
pub extern "C" fn gust_print_nl() {
    write_stderr(b"\n");
}

#[cfg(test)]
mod tests {
    #[test]
    fn floats_print_like_go() {
        // Outputs of Go 1.19's println.
        assert_eq!(super::float_text(1.5), "+1.500000e+000");
        assert_eq!(super::float_text(-0.1), "-1.000000e-001");
        assert_eq!(super::float_text(0.0), "+0.000000e+000");
        assert_eq!(super::float_text(1e300), "+1.000000e+300");
        assert_eq!(super::float_text(f64::NAN), "NaN");
    }
}
