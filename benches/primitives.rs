//! Criterion benchmarks of the runtime's primitives: unbuffered handoff,
//! buffered send/receive, ready 2- and 4-case select, goroutine spawn and
//! exit, mutex lock/unlock (uncontended and 4 goroutines), WaitGroup
//! fork/join, timer start/stop, 16-byte allocation.
//!
//!     cargo bench --bench primitives [-- FILTER]
//!
//! The primitives only run inside goroutines on a started scheduler, and
//! the scheduler owns its process until the program exits, so each side
//! is a server process: `bench/micro/micro.go -serve` under `gust run`
//! (the release binary) and, when a Go toolchain is installed, the same
//! file built with `go build`. Criterion asks for N iterations, the server
//! runs the loop N times in compiled Go code and reports the elapsed
//! nanoseconds it measured (exactly as Go's testing.B runs b.N
//! iterations). Both sides appear in each group: `gust` and `go`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

/// The loops of bench/micro/micro.go, by the names it serves.
const PRIMITIVES: &[&str] = &[
    "unbuffered handoff",
    "buffered send+recv (cap 128)",
    "send + ready 2-case select",
    "send + ready 4-case select",
    "goroutine spawn+exit",
    "mutex lock+unlock, uncontended",
    "mutex lock+unlock, 4 goroutines",
    "WaitGroup fork/join of 2",
    "timer start+stop",
    "allocate 16 bytes",
];

/// One running `micro -serve` process.
struct Server {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Server {
    fn start(mut cmd: Command) -> Server {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("cannot start the benchmark server");
        let input = child.stdin.take().unwrap();
        let output = BufReader::new(child.stdout.take().unwrap());
        Server {
            child,
            input,
            output,
        }
    }

    /// Runs loop `name` `iters` times; the time the server measured.
    fn run(&mut self, name: &str, iters: u64) -> Duration {
        writeln!(self.input, "{name} {iters}").expect("benchmark server gone");
        self.input.flush().unwrap();
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        let ns: i64 = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("bad answer {line:?} for {name}"));
        assert!(ns >= 0, "the server does not know {name}");
        Duration::from_nanos(ns as u64)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Gust side: the release binary (built here when missing; the bench
/// profile's own binary is built without the release settings of the
/// runtime that `gust run` users get).
fn gust_server() -> Server {
    let root = root();
    let gust = root.join("target/release/gust");
    if !gust.exists() {
        let ok = Command::new(env!("CARGO"))
            .args(["build", "--release", "--bin", "gust"])
            .current_dir(&root)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "cargo build --release failed");
    }
    let mut cmd = Command::new(gust);
    cmd.arg("run")
        .arg(root.join("bench/micro/micro.go"))
        .arg("-serve");
    Server::start(cmd)
}

/// The Go side, when `go` is installed.
fn go_server() -> Option<Server> {
    let root = root();
    let out_dir = root.join("target/bench-go");
    std::fs::create_dir_all(&out_dir).ok()?;
    let bin = out_dir.join("micro");
    let built = Command::new("go")
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(root.join("bench/micro/micro.go"))
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !built {
        eprintln!("go toolchain not found: benchmarking Gust only");
        return None;
    }
    let mut cmd = Command::new(Path::new(&bin));
    cmd.arg("-serve");
    Some(Server::start(cmd))
}

fn primitives(c: &mut Criterion) {
    let mut gust = gust_server();
    let mut go = go_server();
    for &name in PRIMITIVES {
        let mut g = c.benchmark_group(name);
        g.bench_function(BenchmarkId::from_parameter("gust"), |b| {
            b.iter_custom(|iters| gust.run(name, iters))
        });
        if let Some(go) = go.as_mut() {
            g.bench_function(BenchmarkId::from_parameter("go"), |b| {
                b.iter_custom(|iters| go.run(name, iters))
            });
        }
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = primitives
}
criterion_main!(benches);
