//! Process output. Go's os.Stdout is unbuffered; Gust buffers standard
//! output for speed and keeps Go's observable order:
//! - the buffer is flushed before anything is written to standard error,
//!   before the process exits (normally, by `os.Exit`, or on a fatal
//!   error or panic) and whenever it holds more than `LIMIT` bytes;
//! - when standard output is a terminal every write is flushed at once.

use std::io::Write;
use std::sync::Mutex;

const LIMIT: usize = 1 << 16;

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn is_tty() -> bool {
    use std::sync::OnceLock;
    static TTY: OnceLock<bool> = OnceLock::new();
    // SAFETY: isatty only inspects the descriptor.
    *TTY.get_or_init(|| unsafe { libc_isatty(1) } == 1)
}

extern "C" {
    #[link_name = "isatty"]
    fn libc_isatty(fd: i32) -> i32;
}

pub fn write_stdout(b: &[u8]) {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    buf.extend_from_slice(b);
    if buf.len() > LIMIT || is_tty() {
        let _ = std::io::stdout().write_all(&buf);
        let _ = std::io::stdout().flush();
        buf.clear();
    }
}

pub fn flush_stdout() {
    let mut buf = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    if !buf.is_empty() {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
    let _ = std::io::stdout().flush();
}

/// Flushes standard output unless another thread (or the interrupted
/// code) holds the buffer: for fatal-signal reports.
pub fn flush_stdout_if_free() {
    if let Ok(mut buf) = STDOUT.try_lock() {
        let _ = std::io::stdout().write_all(&buf);
        buf.clear();
    }
}

pub fn write_stderr(b: &[u8]) {
    flush_stdout();
    let _ = std::io::stderr().write_all(b);
}

static EXITING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Claims the right to end the process. The first caller gets it; any
/// other thread (a second goroutine panicking at the same moment) blocks
/// forever, so exactly one report is printed and `exit` runs once.
pub fn begin_exit() {
    if EXITING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
}

/// Ends the process with `code` after flushing standard output.
pub fn exit(code: i32) -> ! {
    if !EXITING.load(std::sync::atomic::Ordering::SeqCst) {
        begin_exit();
    }
    flush_stdout();
    std::process::exit(code)
}
