//! `gust run`: check, lower, JIT-compile and run a program.
//!
//! Invariants:
//! - Every imported symbol the lowering asks for is checked against the
//!   runtime's and stdlib's symbol tables before finalisation (cranelift-jit
//!   would abort on an unknown symbol).
//! - The main goroutine runs on the scheduler (`runtime::sched::start`)
//!   with its own 1 GiB stack reservation.
//! - The process ends like Go's: exit 0 when `main` returns, 2 after an
//!   unrecovered panic, always after flushing standard output.

use crate::jit::Jit;
use gust_compiler::lower::{self, Source};
use gust_runtime::g::G;
use gust_runtime::panic::{register_code, FuncInfo};

pub enum RunError {
    /// Diagnostics already rendered (exit 1).
    Compile(String),
}

/// Every native symbol compiled code may call.
pub fn all_symbols() -> Vec<(&'static str, *const u8)> {
    let mut s = gust_runtime::symbols();
    s.extend(gust_stdlib::symbols());
    s
}

/// Compiles `prog` and returns the entry point (kept alive by the JIT,
/// which is leaked: code lives as long as the process).
pub fn compile(
    prog: &gust_compiler::check::Program,
    path: &str,
    src: &str,
) -> Result<extern "C" fn(*mut G), String> {
    let syms = all_symbols();
    let mut jit = Jit::new(&syms)?;
    let mut sources = vec![Source {
        path: path.to_string(),
        text: src,
    }];
    for (p, _) in prog.files.iter().skip(1) {
        sources.push(Source {
            path: format!("$GUSTROOT/src/{p}.go"),
            text: gust_compiler::stdlib::source(p).unwrap_or(""),
        });
    }
    let out = lower::lower(prog, &sources, &mut jit.module)?;
    let mut missing: Vec<&String> = out
        .imports
        .iter()
        .filter(|n| !syms.iter().any(|(s, _)| s == n))
        .collect();
    missing.sort();
    missing.dedup();
    if !missing.is_empty() {
        return Err(format!(
            "gust: standard-library functions not implemented yet: {}",
            missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    jit.finalize()?;
    let infos: Vec<FuncInfo> = out
        .funcs
        .iter()
        .map(|f| {
            let start = jit.code(f.id) as usize;
            FuncInfo {
                start,
                end: start + f.size as usize,
                name: f.name.clone(),
                file: f.file.clone(),
                lines: f.lines.clone(),
            }
        })
        .collect();
    register_code(infos);
    let entry = jit.code(out.entry);
    Box::leak(Box::new(jit));
    // SAFETY: the entry was compiled with signature `fn(gp)` (SysV) and its
    // code stays mapped for the rest of the process (the JIT is leaked).
    Ok(unsafe { std::mem::transmute::<*const u8, extern "C" fn(*mut G)>(entry) })
}

/// Runs the entry as the main goroutine on the scheduler; never returns.
pub fn run_main(entry: extern "C" fn(*mut G), args: Vec<String>) -> ! {
    gust_runtime::os::set_args(args);
    gust_runtime::sched::start(entry)
}

#[cfg(test)]
mod tests {
    /// The lowering reads `G` at fixed offsets: they must be the runtime's.
    #[test]
    fn goroutine_offsets_agree() {
        use gust_compiler::lower as l;
        use gust_runtime::g;
        assert_eq!(l::G_STACK_GUARD, g::G_STACK_GUARD);
        assert_eq!(l::G_PREEMPT, g::G_PREEMPT);
        assert_eq!(l::G_PANICKING, g::G_PANICKING);
        assert_eq!(l::G_DEFER_FP, g::G_DEFER_FP);
        assert_eq!(
            std::mem::offset_of!(g::G, stack_guard),
            g::G_STACK_GUARD as usize
        );
        assert_eq!(std::mem::offset_of!(g::G, preempt), g::G_PREEMPT as usize);
        assert_eq!(
            std::mem::offset_of!(g::G, panicking),
            g::G_PANICKING as usize
        );
        assert_eq!(std::mem::offset_of!(g::G, defer_fp), g::G_DEFER_FP as usize);
    }

    /// Every native symbol is named once across runtime and stdlib.
    #[test]
    fn symbols_are_distinct() {
        let mut names: Vec<&str> = super::all_symbols().iter().map(|s| s.0).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(n, names.len());
    }
}
