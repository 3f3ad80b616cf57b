//! Gust's middle end: types, exact constants, the type checker and
//! diagnostics. Input: the syntax tree from `gust-grammar`. Output: a
//! checked program (`check::Info`) for the lowering, or diagnostics.

pub mod check;
pub mod constant;
pub mod diag;
pub mod lower;
pub mod stdlib;
pub mod types;

pub use check::check_program;
pub use diag::Diagnostic;
