//! `gust test`: runs Go-convention test files.
//!
//! - `// run`: the program's stdout+stderr must equal `NAME.out` (or be empty
//!   when there is none). Fails with "cannot run yet" until native code exists.
//! - `// errorcheck`: every `// ERROR "regexp"` on a line must match a
//!   diagnostic reported on that line, and no other diagnostic may appear.
//! - `// compile`: the file must check cleanly.
//! - Any other directive (or flags Gust does not model, such as escape
//!   analysis `-m`) is skipped and counted.
//!
//! Ends with `N passed, N failed, N skipped`; exit status 1 on any failure.

use gust_compiler::diag::line_col;
use regex::Regex;
use std::path::{Path, PathBuf};

pub fn run(paths: &[String], verbose: bool, by_dir: bool) -> u8 {
    let mut files = vec![];
    for p in paths {
        collect(Path::new(p), &mut files);
    }
    files.sort();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    // Per directory: [passed, failed, skipped].
    let mut dirs: std::collections::BTreeMap<PathBuf, [u32; 3]> = Default::default();
    for f in &files {
        let outcome = std::panic::catch_unwind(|| run_one(f))
            .unwrap_or_else(|_| Outcome::Fail("internal compiler error".into()));
        let dir = dirs
            .entry(f.parent().map(Path::to_path_buf).unwrap_or_default())
            .or_default();
        match outcome {
            Outcome::Pass => dir[0] += 1,
            Outcome::Fail(_) => dir[1] += 1,
            Outcome::Skip(_) => dir[2] += 1,
        }
        match outcome {
            Outcome::Pass => {
                passed += 1;
                if verbose {
                    println!("PASS {}", f.display());
                }
            }
            Outcome::Fail(why) => {
                failed += 1;
                println!("FAIL {}: {}", f.display(), why);
            }
            Outcome::Skip(why) => {
                skipped += 1;
                if verbose {
                    println!("SKIP {}: {}", f.display(), why);
                }
            }
        }
    }
    if by_dir {
        for (d, [p, f, s]) in &dirs {
            println!("{}: {p} passed, {f} failed, {s} skipped", d.display());
        }
    }
    println!("{passed} passed, {failed} failed, {skipped} skipped");
    u8::from(failed > 0)
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else { return };
        let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for e in entries {
            if e.is_dir() {
                collect(&e, out);
            } else if e.extension().is_some_and(|x| x == "go") {
                out.push(e);
            }
        }
    } else {
        out.push(p.to_path_buf());
    }
}

pub enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

/// The test directive: the first line that is not a build constraint.
fn directive(src: &str) -> Option<(String, Vec<String>)> {
    for line in src.lines() {
        let t = line.trim();
        if t.starts_with("//go:build") || t.starts_with("// +build") || t.is_empty() {
            continue;
        }
        let rest = t.strip_prefix("//")?.trim();
        let mut words = rest.split_whitespace();
        let d = words.next()?.to_string();
        return Some((d, words.map(str::to_string).collect()));
    }
    None
}

pub fn run_one(path: &Path) -> Outcome {
    let src = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return Outcome::Fail(format!("cannot read: {e}")),
    };
    let Some((d, flags)) = directive(&src) else {
        return Outcome::Skip("no directive".into());
    };
    // Flags that ask the Go compiler for things Gust does not model.
    if flags.iter().any(|f| {
        f.starts_with("-m")
            || f.starts_with("-live")
            || f.starts_with("-l")
            || f == "-N"
            || f.starts_with("-+")
            || f.starts_with("-std")
            || f.starts_with("-lang")
            || f.starts_with("-G")
            // Compiler debug output (SSA passes, nil checks, ...), except
            // -d=panic, which only makes the compiler keep going.
            || (f.starts_with("-d=") && f != "-d=panic")
            // A toolchain experiment changes what the test expects.
            || f == "-goexperiment"
    }) {
        return Outcome::Skip(format!("flags {}", flags.join(" ")));
    }
    match d.as_str() {
        // `// run arg1 arg2`: words that are not flags are the program's
        // arguments.
        "run" => {
            let args: Vec<String> = flags.into_iter().filter(|f| !f.starts_with('-')).collect();
            run_test_args(path, path, &args)
        }
        // `// runoutput ./other.go` needs a second file compiled in.
        "runoutput" if !flags.is_empty() => Outcome::Skip("multi-file runoutput".into()),
        "runoutput" => runoutput_test(path),
        "compile" => {
            let r = gust_compiler::check_program(&src);
            match r.diagnostics.first() {
                None => Outcome::Pass,
                Some(d) => {
                    let (l, c) = line_col(&src, d.span.lo);
                    Outcome::Fail(format!("unexpected error {l}:{c}: {}", d.msg))
                }
            }
        }
        "errorcheck" => errorcheck(&src),
        other => Outcome::Skip(format!("directive {other}")),
    }
}

/// Seconds a `// run` program may take.
const RUN_TIMEOUT: u32 = 20;

/// Runs a program with `gust run` (stdout and stderr in one stream, as
/// `go run` shows them, plus `exit status N` for a non-zero exit) and
/// compares the output with `NAME.out` after `normalize`.
/// This very binary, to run programs with `gust run`.
fn gust_exe() -> Result<std::path::PathBuf, Outcome> {
    std::env::current_exe().map_err(|e| Outcome::Fail(format!("cannot find gust: {e}")))
}

/// `// runoutput`: the program prints a Go program, which must then run
/// like a `// run` test (output compared with `NAME.out`, if any).
fn runoutput_test(path: &Path) -> Outcome {
    let exe = match gust_exe() {
        Ok(e) => e,
        Err(o) => return o,
    };
    let out = std::process::Command::new("timeout")
        .arg(RUN_TIMEOUT.to_string())
        .arg(&exe)
        .arg("run")
        .arg(path)
        .stdin(std::process::Stdio::null())
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => return Outcome::Fail(format!("cannot run: {e}")),
    };
    if !out.status.success() {
        return Outcome::Fail(format!(
            "generator failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .next()
                .unwrap_or("")
        ));
    }
    let name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let gen = std::env::temp_dir().join(format!("gust-runoutput-{}-{name}", std::process::id()));
    if let Err(e) = std::fs::write(&gen, &out.stdout) {
        return Outcome::Fail(format!("cannot write the generated program: {e}"));
    }
    let r = run_test(&gen, path);
    let _ = std::fs::remove_file(&gen);
    r
}

/// Runs `prog` and compares its output with the `.out` file beside `test`.
fn run_test(prog: &Path, test: &Path) -> Outcome {
    run_test_args(prog, test, &[])
}

/// `run_test` with program arguments. The environment names the platform
/// as Go's test driver does (GOOS, GOARCH).
fn run_test_args(prog: &Path, test: &Path, args: &[String]) -> Outcome {
    let exe = match gust_exe() {
        Ok(e) => e,
        Err(o) => return o,
    };
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("exec timeout {RUN_TIMEOUT} \"$0\" run \"$@\" 2>&1"))
        .arg(&exe)
        .arg(prog)
        .args(args)
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .stdin(std::process::Stdio::null())
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => return Outcome::Fail(format!("cannot run: {e}")),
    };
    let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
    match out.status.code() {
        Some(0) => {}
        Some(124) => return Outcome::Fail(format!("timed out after {RUN_TIMEOUT}s")),
        Some(c) => got.push_str(&format!("exit status {c}\n")),
        None => got.push_str("killed by a signal\n"),
    }
    let want = std::fs::read(test.with_extension("out"))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let file = prog
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (g, w) = (normalize(&got, &file), normalize(&want, &file));
    if g == w {
        return Outcome::Pass;
    }
    let gl: Vec<&str> = g.lines().collect();
    let wl: Vec<&str> = w.lines().collect();
    let i = gl
        .iter()
        .zip(&wl)
        .position(|(a, b)| a != b)
        .unwrap_or(gl.len().min(wl.len()));
    Outcome::Fail(format!(
        "output differs at line {}: got {:?}, want {:?}",
        i + 1,
        gl.get(i).copied().unwrap_or("<end>"),
        wl.get(i).copied().unwrap_or("<end>")
    ))
}

/// Makes goroutine traces comparable between Go and Gust: keeps each
/// frame of the test's own file as `func(...)` + `\tFILE:LINE`, drops
/// runtime and library frames, argument values, code offsets, Go's
/// `runtime stack:` section, `runtime: sp=` and `[signal ...]` lines, and
/// goroutine blocks without a frame of the test's file (Go's own service
/// goroutines); goroutine ids other than 1 become `N`; runs of blank lines
/// count as one.
pub fn normalize(s: &str, file: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let mut out: Vec<String> = vec![];
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        i += 1;
        if l.starts_with("[signal ") || l.starts_with("runtime: sp=") {
            continue;
        }
        if l == "runtime stack:" {
            while i < lines.len() && !lines[i].is_empty() {
                i += 1;
            }
            continue;
        }
        if l.starts_with("goroutine ") && l.ends_with(':') {
            let mut frames: Vec<String> = vec![];
            while i < lines.len() && !lines[i].is_empty() && !lines[i].starts_with("exit status") {
                let f = lines[i];
                i += 1;
                if f.starts_with("...additional frames elided") {
                    frames.push(f.to_string());
                    continue;
                }
                if f.starts_with('\t') {
                    continue;
                }
                let func = match f.rfind('(') {
                    Some(p) if f.ends_with(')') => &f[..p],
                    _ => f,
                };
                let loc = lines.get(i).copied().unwrap_or("");
                if loc.starts_with('\t') {
                    i += 1;
                }
                if func.starts_with("created by") {
                    continue;
                }
                let loc = loc.trim_start();
                let loc = loc.split(" +0x").next().unwrap_or(loc);
                let base = loc.rsplit('/').next().unwrap_or(loc);
                if base.split(':').next() == Some(file) {
                    frames.push(format!("{func}(...)\n\t{base}"));
                }
            }
            let first = l.starts_with("goroutine 1 ");
            if first || frames.iter().any(|f| !f.starts_with("...")) {
                // Goroutine ids other than main's depend on the runtime's
                // own goroutines: compare them as `N`.
                let header = if first {
                    l.to_string()
                } else {
                    match l["goroutine ".len()..].split_once(' ') {
                        Some((_, rest)) => format!("goroutine N {rest}"),
                        None => l.to_string(),
                    }
                };
                out.push(header);
                out.extend(frames);
            }
            continue;
        }
        out.push(l.to_string());
    }
    let mut collapsed: Vec<String> = vec![];
    for l in out {
        if l.is_empty() && collapsed.last().is_some_and(|p| p.is_empty()) {
            continue;
        }
        collapsed.push(l);
    }
    let mut res = String::new();
    for (k, l) in collapsed.iter().enumerate() {
        let next = collapsed.get(k + 1);
        if l.is_empty() && next.is_none_or(|n| n.starts_with("exit status")) {
            continue;
        }
        res.push_str(l);
        res.push('\n');
    }
    res
}

/// The `// ERROR` expectations of each line: (line, regexps).
fn expectations(src: &str) -> Result<Vec<(usize, Vec<Regex>)>, String> {
    let mut out = vec![];
    for (i, line) in src.lines().enumerate() {
        // `// ERROR` and `// GC_ERROR` (gc's); not `// GCCGO_ERROR`.
        let pos = line
            .find("// ERROR ")
            .or_else(|| line.find("/* ERROR "))
            .map(|p| p + 3)
            .or_else(|| line.find("// GC_ERROR ").map(|p| p + 6));
        let Some(pos) = pos else {
            continue;
        };
        let mut rest = &line[pos + 6..];
        let mut res = vec![];
        loop {
            rest = rest.trim_start();
            let Some(q) = rest.chars().next() else { break };
            if q != '"' && q != '`' {
                break;
            }
            let body = &rest[1..];
            let end = if q == '`' {
                body.find('`')
            } else {
                let b = body.as_bytes();
                let mut j = 0;
                let mut found = None;
                while j < b.len() {
                    if b[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if b[j] == b'"' {
                        found = Some(j);
                        break;
                    }
                    j += 1;
                }
                found
            };
            let Some(end) = end else { break };
            let raw = &body[..end];
            let pat = if q == '"' {
                unquote(raw)
            } else {
                raw.to_string()
            };
            match Regex::new(&go_regexp(&pat)) {
                Ok(r) => res.push(r),
                Err(e) => return Err(format!("line {}: bad regexp {pat:?}: {e}", i + 1)),
            }
            rest = &body[end + 1..];
        }
        if !res.is_empty() {
            out.push((i + 1, res));
        }
    }
    Ok(out)
}

/// Translates a Go (RE2) regexp for Rust's regex crate: Go reads a `{` or
/// `}` that does not form a counted repetition as a literal brace.
fn go_regexp(p: &str) -> String {
    let counted = Regex::new(r"^\{[0-9]+(,[0-9]*)?\}").expect("static regexp");
    let mut out = String::new();
    let mut i = 0;
    let mut in_class = false;
    while i < p.len() {
        let c = p[i..].chars().next().unwrap_or(' ');
        match c {
            '\\' => {
                let next = p[i + 1..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&p[i..i + 1 + next]);
                i += 1 + next;
                continue;
            }
            '[' => in_class = true,
            ']' => in_class = false,
            '{' if !in_class => {
                if let Some(m) = counted.find(&p[i..]) {
                    out.push_str(m.as_str());
                    i += m.end();
                    continue;
                }
                out.push_str("\\{");
                i += 1;
                continue;
            }
            '}' if !in_class => {
                out.push_str("\\}");
                i += 1;
                continue;
            }
            _ => {}
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Go string-literal unescaping for the common escapes in test comments.
fn unquote(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn errorcheck(src: &str) -> Outcome {
    let exp = match expectations(src) {
        Ok(e) => e,
        Err(e) => return Outcome::Skip(e),
    };
    let r = gust_compiler::check_program(src);
    let mut diags: Vec<(usize, String)> = r
        .diagnostics
        .iter()
        .map(|d| (line_col(src, d.span.lo).0, d.msg.clone()))
        .collect();
    let mut problems = vec![];
    for (line, res) in &exp {
        for re in res {
            match diags.iter().position(|(l, m)| l == line && re.is_match(m)) {
                Some(i) => {
                    diags.remove(i);
                }
                None => {
                    let got: Vec<&str> = diags
                        .iter()
                        .filter(|(l, _)| l == line)
                        .map(|(_, m)| m.as_str())
                        .collect();
                    if got.is_empty() {
                        problems.push(format!("line {line}: missing error {:?}", re.as_str()));
                    } else {
                        problems.push(format!(
                            "line {line}: error {:?} does not match {:?}",
                            got.join("; "),
                            re.as_str()
                        ));
                    }
                }
            }
        }
        // Extra diagnostics on a line with ERROR comments are tolerated,
        // as in Go's harness: one mistake may be reported more than once.
        diags.retain(|(l, _)| l != line);
    }
    for (l, m) in &diags {
        problems.push(format!("line {l}: unexpected error: {m}"));
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join(" | "))
    }
}
