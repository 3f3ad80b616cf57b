//! The code generators' drivers over `cranelift_module::Module`: the JIT
//! (`gust run`, later `gust repl`) and, later, the AOT object writer (`gust
//! build`). The lowering (`gust_compiler::lower`) is written against the
//! `Module` trait so both drivers share it.

pub mod jit;
pub mod run;
