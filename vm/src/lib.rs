//! The code generators' drivers over `cranelift_module::Module`: the JIT
//! (`gust run`, `gust repl`) and, later, the AOT object writer (`gust
//! build`). The lowering from the checked program to Cranelift IR is written
//! against the `Module` trait so both drivers share it.
//!
//! Status: the JIT driver exists and is tested; the lowering is the next
//! step of the native-code issue.

pub mod jit;
