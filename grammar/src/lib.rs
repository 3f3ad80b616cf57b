//! Gust's syntax: the logos lexer (with Go's semicolon insertion), the
//! lalrpop grammar and the syntax tree it builds.
//!
//! Entry point: [`parse_file`]. It never panics; it returns the tree and
//! every lexical and syntax error with its span.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;
pub mod visit;

pub use parser::{parse_file, SyntaxError};
