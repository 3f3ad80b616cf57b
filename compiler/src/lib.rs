//! Gust's middle end: types, exact constants, the type checker and
//! diagnostics. Input: the syntax tree from `gust-grammar`. Output: a
//! checked program (`check::Info`) for the lowering, or diagnostics.

// The checker was written in one sitting; these style lints are allowed
// until a cleanup pass (noted in the issue).
#![allow(
    clippy::if_same_then_else,
    clippy::useless_format,
    clippy::single_match,
    clippy::len_zero,
    clippy::unnecessary_unwrap,
    clippy::collapsible_if,
    clippy::let_unit_value,
    clippy::overly_complex_bool_expr,
    clippy::nonminimal_bool
)]

pub mod check;
pub mod constant;
pub mod diag;
pub mod stdlib;
pub mod types;

pub use check::check_program;
pub use diag::Diagnostic;
