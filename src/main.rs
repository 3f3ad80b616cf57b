//! `gust`: the command-line driver.
//!
//! Subcommands: `check` (front end only), `test` (the Go-convention corpus
//! runner), and `run`, `build`, `repl`, which arrive with the native-code,
//! AOT and REPL issues and until then say so and exit 2.
//!
//! All work runs on a thread with a large stack: deeply nested source (Go's
//! own test suite has 20,000-deep expressions) must produce a result, not a
//! stack overflow.

mod testrunner;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "gust",
    version,
    about = "Gust: Go's concurrency model, natively compiled"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Cmd {
    /// Type-check a program and report every error.
    Check {
        file: String,
        #[arg(long, value_enum, default_value = "auto")]
        color: Color,
    },
    /// Run Go-convention test files (`// run`, `// errorcheck`, `// compile`).
    Test {
        #[arg(required = true)]
        paths: Vec<String>,
        /// Print one line per passing test too.
        #[arg(short, long)]
        verbose: bool,
        /// Print a passed/failed/skipped line per directory before the total.
        #[arg(long)]
        by_dir: bool,
    },
    /// Compile a program to native code and run it.
    Run {
        file: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Compile a program to a native executable.
    Build {
        file: String,
        #[arg(short)]
        o: Option<String>,
    },
    /// Interactive read-eval-print loop.
    Repl,
}

/// Stack for the compiler thread: deep enough for any realistic nesting.
const STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug in Gust must never show a Rust backtrace: report it in one line.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("gust: internal compiler error: {info}");
    }));
    let worker = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || dispatch(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("gust: internal error");
            ExitCode::from(3)
        }
    }
}

fn dispatch(cli: Cli) -> u8 {
    match cli.cmd {
        Cmd::Check { file, color } => check(&file, color),
        Cmd::Test {
            paths,
            verbose,
            by_dir,
        } => testrunner::run(&paths, verbose, by_dir),
        Cmd::Run { file, args } => run(&file, args),
        Cmd::Build { .. } => not_yet("build", "ahead-of-time compilation"),
        Cmd::Repl => not_yet("repl", "the REPL"),
    }
}

fn not_yet(cmd: &str, what: &str) -> u8 {
    eprintln!("gust {cmd}: not built yet ({what} is a later issue)");
    2
}

/// Reads a source file; a `#!` first line becomes a comment (same
/// offsets) so scripts run directly.
fn read_source(path: &str) -> Result<String, u8> {
    match std::fs::read(path) {
        Ok(b) => {
            let mut s = String::from_utf8_lossy(&b).into_owned();
            if s.starts_with("#!") {
                s.replace_range(0..2, "//");
            }
            Ok(s)
        }
        Err(e) => {
            eprintln!("gust: cannot read {path}: {e}");
            Err(1)
        }
    }
}

fn run(path: &str, args: Vec<String>) -> u8 {
    let src = match read_source(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let result = gust_compiler::check_program(&src);
    if !result.diagnostics.is_empty() {
        let color = std::io::stderr().is_terminal();
        eprint!(
            "{}",
            gust_compiler::diag::render(path, &src, &result.diagnostics, color)
        );
        return 1;
    }
    let Some(prog) = result.program else {
        return 1;
    };
    let abs = std::fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    let entry = match gust_vm::run::compile(&prog, &abs, &src) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("{msg}");
            return 1;
        }
    };
    let mut argv = vec![path.to_string()];
    argv.extend(args);
    gust_vm::run::run_main(entry, argv)
}

fn check(path: &str, color: Color) -> u8 {
    let src = match read_source(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let result = gust_compiler::check_program(&src);
    if result.diagnostics.is_empty() {
        return 0;
    }
    let color = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal(),
    };
    eprint!(
        "{}",
        gust_compiler::diag::render(path, &src, &result.diagnostics, color)
    );
    1
}
