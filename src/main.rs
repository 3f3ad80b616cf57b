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
    Run { file: String, args: Vec<String> },
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
        Cmd::Run { .. } => not_yet("run", "native code generation"),
        Cmd::Build { .. } => not_yet("build", "ahead-of-time compilation"),
        Cmd::Repl => not_yet("repl", "the REPL"),
    }
}

fn not_yet(cmd: &str, what: &str) -> u8 {
    eprintln!("gust {cmd}: not built yet ({what} is a later issue)");
    2
}

fn check(path: &str, color: Color) -> u8 {
    let src = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("gust: cannot read {path}: {e}");
            return 1;
        }
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
