//! Natives of package "math" (the rest is Go code in
//! `compiler/src/stdlib/math.go`): the exact IEEE operations the hardware
//! does in one instruction, bit conversions, and the transcendental
//! functions on Rust's (the C library's) implementations.
//!
//! Invariants: the exact operations return Go's results bit for bit; the
//! transcendental functions have Go's special cases (the C library's
//! Annex F cases, which Go follows) but may differ from Go in the last bit
//! of finite results. None of these functions allocates or panics.

use gust_runtime::g::G;

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $name(_gp: *mut G, x: f64) -> f64 {
                let f: fn(f64) -> f64 = $f;
                f(x)
            }
        )*
    };
}

unary! {
    gust_math_Sqrt => f64::sqrt;
    gust_math_Floor => f64::floor;
    gust_math_Ceil => f64::ceil;
    gust_math_Trunc => f64::trunc;
    gust_math_Round => f64::round;
    gust_math_RoundToEven => f64::round_ties_even;
    gust_math_Abs => f64::abs;
    gust_math_Acos => f64::acos;
    gust_math_Acosh => f64::acosh;
    gust_math_Asin => f64::asin;
    gust_math_Asinh => f64::asinh;
    gust_math_Atan => f64::atan;
    gust_math_Atanh => f64::atanh;
    gust_math_Cbrt => f64::cbrt;
    gust_math_Cos => f64::cos;
    gust_math_Cosh => f64::cosh;
    gust_math_Exp => f64::exp;
    gust_math_Exp2 => f64::exp2;
    gust_math_Expm1 => f64::exp_m1;
    gust_math_Log => f64::ln;
    gust_math_Log10 => f64::log10;
    gust_math_Log1p => f64::ln_1p;
    gust_math_Log2 => f64::log2;
    gust_math_Sin => f64::sin;
    gust_math_Sinh => f64::sinh;
    gust_math_Tan => f64::tan;
    gust_math_Tanh => f64::tanh;
}

macro_rules! binary {
    ($($name:ident => $f:expr;)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $name(_gp: *mut G, x: f64, y: f64) -> f64 {
                let f: fn(f64, f64) -> f64 = $f;
                f(x, y)
            }
        )*
    };
}

binary! {
    gust_math_Atan2 => f64::atan2;
    gust_math_Copysign => f64::copysign;
    gust_math_Hypot => f64::hypot;
    gust_math_Pow => f64::powf;
    gust_math_modNative => |x, y| x % y;
}

#[no_mangle]
pub extern "C" fn gust_math_FMA(_gp: *mut G, x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

#[no_mangle]
pub extern "C" fn gust_math_Float64bits(_gp: *mut G, f: f64) -> u64 {
    f.to_bits()
}

#[no_mangle]
pub extern "C" fn gust_math_Float64frombits(_gp: *mut G, b: u64) -> f64 {
    f64::from_bits(b)
}

#[no_mangle]
pub extern "C" fn gust_math_Float32bits(_gp: *mut G, f: f32) -> u32 {
    f.to_bits()
}

#[no_mangle]
pub extern "C" fn gust_math_Float32frombits(_gp: *mut G, b: u32) -> f32 {
    f32::from_bits(b)
}
