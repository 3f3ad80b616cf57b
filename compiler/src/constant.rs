//! Exact constant values for Go's untyped and typed constants.
//!
//! Integers are arbitrary precision; floats are exact rationals (Go keeps at
//! least 256 bits of mantissa; a rational is exact for every literal and for
//! `+ - * /`). Values are rounded to float32/float64 only on conversion to a
//! typed float.

use crate::types::Basic;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    Bool(bool),
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
}

impl Const {
    pub fn to_float(&self) -> Option<BigRational> {
        match self {
            Const::Int(i) => Some(BigRational::from_integer(i.clone())),
            Const::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The integer value, if the constant is integral.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Const::Int(i) => Some(i.clone()),
            Const::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    /// Go's formatting of a constant value in error messages.
    pub fn show(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::String(s) => format!("{:?}", String::from_utf8_lossy(s)),
            Const::Int(i) => i.to_string(),
            Const::Float(f) => {
                if f.is_integer() {
                    f.to_integer().to_string()
                } else {
                    let v = rat_to_f64(f);
                    let s = format!("{v}");
                    if s.contains('e') || s.len() < 20 {
                        s
                    } else {
                        format!("{v:e}")
                    }
                }
            }
        }
    }
}

/// The float64 nearest to `r` (ties to even), like Go's constant
/// conversion: exact for every magnitude, subnormals included.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    let (neg, q, e) = round_rat(r, 53, -1074);
    let Some((q, e)) = q.zip(e) else {
        return if neg { -0.0 } else { 0.0 };
    };
    let qf = q as f64;
    let v = if e + 53 > 1024 {
        f64::INFINITY
    } else if e >= -1022 {
        qf * f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        qf * f64::from_bits(1u64 << (e + 1074) as u64)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// The float32 nearest to `r` (ties to even), rounded once (not through
/// float64).
pub fn rat_to_f32(r: &BigRational) -> f32 {
    let (neg, q, e) = round_rat(r, 24, -149);
    let Some((q, e)) = q.zip(e) else {
        return if neg { -0.0 } else { 0.0 };
    };
    // q < 2^25 and the scale are exact in f64; the product is a float32.
    let v64 = (q as f64) * 2f64.powi(e as i32);
    let v = if v64 > f32::MAX as f64 {
        f32::INFINITY
    } else {
        v64 as f32
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Rounds |r| to a `bits`-bit significand q times 2^e (ties to even), with
/// e no lower than `min_exp` (subnormals). `None` for zero.
fn round_rat(r: &BigRational, bits: u64, min_exp: i64) -> (bool, Option<u64>, Option<i64>) {
    if r.is_zero() {
        return (false, None, None);
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    let mut e = n.bits() as i64 - d.bits() as i64 - bits as i64;
    let quot = |e: i64| -> (BigInt, BigInt, BigInt) {
        let (num, den) = if e >= 0 {
            (n.clone(), &d << e as usize)
        } else {
            (&n << (-e) as usize, d.clone())
        };
        let q = &num / &den;
        let rem = &num - &q * &den;
        (q, rem, den)
    };
    let lo = BigInt::one() << (bits - 1) as usize;
    let hi = BigInt::one() << bits as usize;
    let (mut q, mut rem, mut den) = quot(e);
    loop {
        if q >= hi {
            e += 1;
        } else if q < lo && e > min_exp {
            e -= 1;
        } else {
            break;
        }
        (q, rem, den) = quot(e);
    }
    if e < min_exp {
        e = min_exp;
        (q, rem, den) = quot(e);
    }
    let twice: BigInt = &rem * 2;
    if twice > den || (twice == den && (&q % 2) == BigInt::one()) {
        q += 1;
    }
    (neg, q.to_u64(), Some(e))
}

/// Parses a Go float literal (decimal or hexadecimal, `_` already removed) exactly.
pub fn parse_float(text: &str) -> Option<BigRational> {
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let (mant, exp) = match hex.find('p') {
            Some(i) => (&hex[..i], hex[i + 1..].parse::<i64>().ok()?),
            None => (hex, 0),
        };
        let (m, frac) = mantissa(mant, 16)?;
        let e = exp - 4 * frac as i64;
        return Some(scale2(BigRational::from_integer(m), e));
    }
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], lower[i + 1..].parse::<i64>().ok()?),
        None => (lower.as_str(), 0),
    };
    let (m, frac) = mantissa(mant, 10)?;
    let e = exp - frac as i64;
    if e.abs() > 100_000 {
        return None;
    }
    let ten = BigInt::from(10);
    let p = num_traits::pow(ten, e.unsigned_abs() as usize);
    Some(if e >= 0 {
        BigRational::from_integer(m * p)
    } else {
        BigRational::new(m, p)
    })
}

/// The digits of `int.frac` as one integer, and the number of fraction digits.
fn mantissa(mant: &str, radix: u32) -> Option<(BigInt, usize)> {
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), radix)?
    };
    Some((m, fp.len()))
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * BigRational::from_integer(BigInt::one() << e as usize)
    } else {
        r / BigRational::from_integer(BigInt::one() << (-e) as usize)
    }
}

/// Parses a Go integer literal (`_` removed, any base).
pub fn parse_int(text: &str) -> Option<BigInt> {
    let lower = text.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Does the constant fit the basic type (Go's representability rule)?
/// Returns the value rounded to the type (floats) when it does.
pub fn represent(c: &Const, b: Basic) -> Option<Const> {
    use Basic::*;
    match b {
        Bool | UntypedBool => matches!(c, Const::Bool(_)).then(|| c.clone()),
        String | UntypedString => matches!(c, Const::String(_)).then(|| c.clone()),
        UntypedInt | UntypedRune => c.to_int().map(Const::Int),
        UntypedFloat => c.to_float().map(Const::Float),
        Float32 | Float64 => {
            // Overflow is decided exactly: a value rounds to infinity when it
            // reaches max + ulp/2 (max = (2^p - 1) * 2^(emax - p + 1)).
            let r = c.to_float()?;
            let (p, emax) = if b == Float32 { (24, 127) } else { (53, 1023) };
            let ulp = BigRational::from_integer(BigInt::one() << (emax - p + 1) as usize);
            let max = BigRational::from_integer((BigInt::one() << p as usize) - 1) * &ulp;
            let limit = max + ulp / BigRational::from_integer(BigInt::from(2));
            if r.abs() >= limit {
                return None;
            }
            let v = rat_to_f64(&r);
            let rounded = if b == Float32 {
                rat_to_f32(&r) as f64
            } else {
                v
            };
            let rounded = if rounded.is_finite() {
                rounded
            } else if b == Float32 {
                (f32::MAX as f64).copysign(v)
            } else {
                f64::MAX.copysign(v)
            };
            Some(Const::Float(
                BigRational::from_float(rounded).unwrap_or_else(BigRational::zero),
            ))
        }
        _ => {
            let (bits, signed) = b.int_bits()?;
            let i = c.to_int()?;
            let (min, max) = int_range(bits, signed);
            (i >= min && i <= max).then_some(Const::Int(i))
        }
    }
}

pub fn int_range(bits: u32, signed: bool) -> (BigInt, BigInt) {
    if signed {
        let m = BigInt::one() << (bits - 1) as usize;
        (-m.clone(), m - 1)
    } else {
        (BigInt::zero(), (BigInt::one() << bits as usize) - 1)
    }
}

pub fn is_neg(c: &Const) -> bool {
    match c {
        Const::Int(i) => i.is_negative(),
        Const::Float(f) => f.is_negative(),
        _ => false,
    }
}
