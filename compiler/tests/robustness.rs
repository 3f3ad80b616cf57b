//! The front end never panics: every corpus program, cut short at many
//! points and with bytes overwritten, is checked without a panic. Inputs the
//! fuzzer (`fuzz/`, `cargo fuzz run -s none front_end`) found crashing live
//! in `tests/fuzz_regressions/` and are replayed here.

use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Checks on a big stack, as the `gust` binary does.
fn check(src: String) {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            gust_compiler::check_program(&src);
        })
        .unwrap()
        .join()
        .expect("the front end panicked");
}

#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let bytes = std::fs::read(e.path()).unwrap();
        check(String::from_utf8_lossy(&bytes).into_owned());
    }
}

#[test]
fn mutated_corpus_does_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![];
    go_files(&root.join("tests"), &mut files);
    files.sort();
    let mut inputs = vec![];
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let b = src.as_bytes();
        // Prefixes, and copies with one byte replaced by a troublesome one.
        for cut in (0..b.len()).step_by(97) {
            inputs.push(String::from_utf8_lossy(&b[..cut]).into_owned());
        }
        for (k, at) in (0..b.len()).step_by(151).enumerate() {
            let mut m = b.to_vec();
            m[at] = b"{}()[];,.:=\"'`*&<-\n0x_"[k % 22];
            inputs.push(String::from_utf8_lossy(&m).into_owned());
        }
    }
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            for src in inputs {
                gust_compiler::check_program(&src);
            }
        })
        .unwrap()
        .join()
        .expect("the front end panicked on a mutated corpus file");
}
