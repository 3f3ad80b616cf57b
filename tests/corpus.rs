//! Runs the Go-convention corpus in `tests/` through `gust test` and gates
//! it against `tests/known-failures.txt`: a failure not on the list fails
//! this test; a listed test that now passes is reported so the list shrinks.

use std::collections::BTreeSet;
use std::process::Command;

#[test]
fn corpus_matches_known_failures() {
    let root = env!("CARGO_MANIFEST_DIR");
    gate(root, &["tests".to_string()], "tests/known-failures.txt", "");
}

/// Go's own test suite, every directory of `$(go env GOROOT)/test`, when Go
/// is installed (`.ci/run` installs it).
#[test]
fn goroot_matches_known_failures() {
    let root = env!("CARGO_MANIFEST_DIR");
    let Ok(out) = Command::new("go").args(["env", "GOROOT"]).output() else {
        println!("go not installed: GOROOT conformance skipped");
        return;
    };
    let goroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dir = format!("{goroot}/test");
    gate(
        root,
        std::slice::from_ref(&dir),
        "tests/goroot-known-failures.txt",
        &format!("{dir}/"),
    );
}

fn gate(root: &str, paths: &[String], list: &str, strip: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_gust"))
        .arg("test")
        .args(paths)
        .current_dir(root)
        .output()
        .expect("run gust test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stdout.lines().last().unwrap_or_default().to_string();
    assert!(summary.contains("passed"), "no summary line: {stdout}");
    let failing: BTreeSet<String> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("FAIL "))
        .map(|l| l.split(": ").next().unwrap_or(l))
        .map(|p| p.strip_prefix(strip).unwrap_or(p).to_string())
        .collect();
    let known_text = std::fs::read_to_string(format!("{root}/{list}")).expect(list);
    let known: BTreeSet<String> = known_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    let new: Vec<&String> = failing.difference(&known).collect();
    let fixed: Vec<&String> = known.difference(&failing).collect();
    if !fixed.is_empty() {
        println!("now passing, remove from {list}: {fixed:?}");
    }
    let details: Vec<&str> = stdout
        .lines()
        .filter(|l| {
            new.iter()
                .any(|n| l.starts_with(&format!("FAIL {strip}{n}:")))
        })
        .collect();
    assert!(new.is_empty(), "new failures:\n{}", details.join("\n"));
    println!("{summary}");
}

/// Issue 2's bar: `gust check` accepts every shared benchmark program and
/// every `// run` program of GOROOT's `test/chan` and `test/ken` (the
/// `ken/cplx*` files use complex numbers, outside the subset).
#[test]
fn run_programs_check_cleanly() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<String> = vec![];
    let mut add_dir = |dir: &str, only_run: bool| {
        let Ok(rd) = std::fs::read_dir(dir) else {
            println!("{dir} not found: skipped");
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if p.extension().is_none_or(|x| x != "go") || name.starts_with("cplx") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap_or_default();
            if only_run && src.lines().next() != Some("// run") {
                continue;
            }
            files.push(p.display().to_string());
        }
    };
    add_dir(&format!("{root}/../shared/bench"), false);
    if let Ok(out) = Command::new("go").args(["env", "GOROOT"]).output() {
        let goroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
        add_dir(&format!("{goroot}/test/chan"), true);
        add_dir(&format!("{goroot}/test/ken"), true);
    }
    let mut bad = vec![];
    for f in &files {
        let out = Command::new(env!("CARGO_BIN_EXE_gust"))
            .args(["check", "--color", "never", f])
            .output()
            .expect("run gust check");
        if !out.status.success() {
            bad.push(format!("{f}:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    assert!(bad.is_empty(), "false errors:\n{}", bad.join("\n"));
    println!("{} programs check cleanly", files.len());
}
