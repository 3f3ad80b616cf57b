//! The collector under load: a program that allocates 50 GB over its life
//! with 4 MB live must run in bounded memory, and the whole `tests/`
//! corpus must give identical output with a collection every few
//! allocations (`GODEBUG=gcstress`).

use std::process::{Command, Stdio};

/// Runs `gust run FILE` and returns (stdout, peak RSS in KiB).
// The child is reaped with wait4 (for its rusage), not Child::wait.
#[allow(clippy::zombie_processes)]
fn run_measured(file: &str, env: &[(&str, &str)]) -> (String, i64) {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gust"))
        .args(["run", file])
        .current_dir(root)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start gust");
    let mut out = String::new();
    use std::io::Read;
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, whose pid std gave us; std does
    // not reap it behind our back (we never call child.wait()).
    let r = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut ru) };
    assert_eq!(r, child.id() as i32, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{file} failed: status {status}, output:\n{out}"
    );
    (out, ru.ru_maxrss)
}

#[test]
fn fifty_gigabytes_in_bounded_memory() {
    let file = "tests/gc/alloc_50gb.go";
    let (out, rss_kib) = run_measured(file, &[]);
    let want = std::fs::read_to_string(format!(
        "{}/tests/gc/alloc_50gb.out",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(out, want);
    println!("alloc_50gb: peak RSS {} MiB", rss_kib / 1024);
    assert!(
        rss_kib < 64 * 1024,
        "peak RSS {} MiB for 4 MB live",
        rss_kib / 1024
    );
}

/// Runs `gust test DIRS` with `GODEBUG=gcstress=N`; failures must be on
/// the known-failures list.
fn corpus_with_stress(dirs: &[&str], stress: u32) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_gust"))
        .arg("test")
        .args(dirs)
        .current_dir(root)
        .env("GODEBUG", format!("gcstress={stress}"))
        .output()
        .expect("run gust test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let known = std::fs::read_to_string(format!("{root}/tests/known-failures.txt")).unwrap();
    let unexpected: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("FAIL "))
        .filter(|l| {
            let path = l[5..].split(": ").next().unwrap_or("");
            !known
                .lines()
                .any(|k| k.split_whitespace().next() == Some(path))
        })
        .collect();
    assert!(
        unexpected.is_empty(),
        "failures under GODEBUG=gcstress={stress}:\n{}",
        unexpected.join("\n")
    );
    println!("{}", stdout.lines().last().unwrap_or_default());
}

/// The corpus with a collection at every 25th allocation on each worker:
/// every root kind is exercised at arbitrary points. The collector's own
/// tests (tests/run/gc), which allocate hundreds of megabytes, run with a
/// collection every 500th allocation.
#[test]
fn corpus_under_gc_stress() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut dirs: Vec<String> = vec![];
    for e in std::fs::read_dir(format!("{root}/tests")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() && name != "run" {
            dirs.push(format!("tests/{name}"));
        }
    }
    for e in std::fs::read_dir(format!("{root}/tests/run")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() && name != "gc" {
            dirs.push(format!("tests/run/{name}"));
        }
    }
    dirs.sort();
    let dirs: Vec<&str> = dirs.iter().map(|s| s.as_str()).collect();
    corpus_with_stress(&dirs, 25);
    corpus_with_stress(&["tests/run/gc"], 500);
}

/// Every benchmark program at its small size, with a collection at every
/// 50th allocation, prints its expected line.
#[test]
fn bench_programs_under_gc_stress() {
    let root = env!("CARGO_MANIFEST_DIR");
    let expected =
        std::fs::read_to_string(format!("{root}/bench/programs/expected_small.txt")).unwrap();
    let mut bad = vec![];
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (cmd, want) = line.split_once('|').expect("NAME SIZE|LINE");
        let (name, size) = cmd.split_once(' ').expect("NAME SIZE");
        let out = Command::new(env!("CARGO_BIN_EXE_gust"))
            .args(["run", &format!("bench/programs/{name}.go"), size])
            .current_dir(root)
            .env("GODEBUG", "gcstress=50")
            .output()
            .expect("run gust");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let got = stdout.lines().last().unwrap_or_default();
        if got != want || !out.status.success() {
            bad.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
