//! Natives of package "math" (the rest, transcendental functions included,
//! is Go code in `compiler/src/stdlib/math.go`): the exact IEEE operations
//! the hardware does in one instruction, and bit conversions.
//!
//! Invariants: every function here is exact (correctly rounded or
//! bit-preserving), so it returns Go's result bit for bit, special cases
//! included. None of them allocates or panics.

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
    gust_math_Copysign => f64::copysign;
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
