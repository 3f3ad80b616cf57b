//! Process-level natives of package os: arguments, environment, exit,
//! process id, and raw reads, writes and closes of file descriptors.
//!
//! Invariants: `set_args` runs before any Go code; writes to descriptor 1
//! go through the stdout buffer and writes to 2 flush it first (`io.rs`);
//! a read flushes that buffer before it blocks (a prompt is seen before
//! the answer is awaited). A read blocks its worker thread (there is no
//! poller); the other workers go on running goroutines.

use crate::abi::{GoSlice, GoString};
use crate::g::G;
use std::sync::OnceLock;

static ARGS: OnceLock<Vec<String>> = OnceLock::new();

/// Records the program's arguments (`os.Args`): program name first.
pub fn set_args(args: Vec<String>) {
    let _ = ARGS.set(args);
}

/// `func runtimeArgs() []string` (three words: returned through `out`).
#[no_mangle]
pub extern "C" fn gust_os_runtime_args(_gp: *mut G, out: *mut GoSlice) {
    let args = ARGS.get().cloned().unwrap_or_default();
    let n = args.len();
    let arr = crate::alloc::alloc_raw(16 * n, true) as *mut GoString;
    for (i, a) in args.iter().enumerate() {
        // SAFETY: `arr` has room for `n` strings.
        unsafe { *arr.add(i) = crate::panic::go_string(a.as_bytes()) };
    }
    // SAFETY: `out` points at the caller's three-word buffer.
    unsafe {
        *out = GoSlice {
            ptr: arr as *mut u8,
            len: n as isize,
            cap: n as isize,
        }
    };
}

#[no_mangle]
pub extern "C" fn gust_os_Exit(_gp: *mut G, code: i64) {
    crate::io::exit(code as i32)
}

#[no_mangle]
pub extern "C" fn gust_os_Getenv(_gp: *mut G, p: *const u8, n: isize) -> GoString {
    let key = String::from_utf8_lossy(GoString { ptr: p, len: n }.as_bytes()).into_owned();
    match std::env::var(&key) {
        Ok(v) => crate::panic::go_string(v.as_bytes()),
        Err(_) => GoString::EMPTY,
    }
}

/// `func writeFd(fd int, p *byte, n int)`-style raw write of a string.
#[no_mangle]
pub extern "C" fn gust_os_writeString(_gp: *mut G, fd: i64, p: *const u8, n: isize) {
    let b = GoString { ptr: p, len: n }.as_bytes();
    match fd {
        1 => crate::io::write_stdout(b),
        2 => crate::io::write_stderr(b),
        _ => {}
    }
}

/// Raw write of a byte slice.
#[no_mangle]
pub extern "C" fn gust_os_writeBytes(_gp: *mut G, fd: i64, p: *const u8, n: isize, _cap: isize) {
    gust_os_writeString(_gp, fd, p, n)
}

/// `func envSet(key string) bool`: whether the variable is present.
#[no_mangle]
pub extern "C" fn gust_os_envSet(_gp: *mut G, p: *const u8, n: isize) -> bool {
    let key = String::from_utf8_lossy(GoString { ptr: p, len: n }.as_bytes()).into_owned();
    std::env::var_os(key).is_some()
}

#[no_mangle]
pub extern "C" fn gust_os_Getpid(_gp: *mut G) -> i64 {
    // SAFETY: getpid has no preconditions.
    unsafe { libc::getpid() as i64 }
}

/// `func readBytes(fd int, b []byte) int`: bytes read, 0 at end of file,
/// or minus the errno.
#[no_mangle]
pub extern "C" fn gust_os_readBytes(
    _gp: *mut G,
    fd: i64,
    p: *mut u8,
    n: isize,
    _cap: isize,
) -> i64 {
    crate::io::flush_stdout();
    loop {
        // SAFETY: `p` points at the slice's `n` writable bytes.
        let r = unsafe { libc::read(fd as i32, p as *mut libc::c_void, n as usize) };
        if r >= 0 {
            return r as i64;
        }
        let e = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO);
        if e != libc::EINTR {
            return -(e as i64);
        }
    }
}

/// `func closeFd(fd int) int`: 0, or minus the errno.
#[no_mangle]
pub extern "C" fn gust_os_closeFd(_gp: *mut G, fd: i64) -> i64 {
    if fd == 1 {
        crate::io::flush_stdout();
    }
    // SAFETY: closing a descriptor number has no memory-safety effect.
    let r = unsafe { libc::close(fd as i32) };
    if r == 0 {
        0
    } else {
        -(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO) as i64)
    }
}

/// `func errnoText(e int) string`: the system's message for an errno, in
/// Go's spelling (lower-case first letter).
#[no_mangle]
pub extern "C" fn gust_os_errnoText(_gp: *mut G, e: i64) -> GoString {
    let msg = std::io::Error::from_raw_os_error(e as i32).to_string();
    // Rust appends " (os error N)".
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    let mut cs = msg.chars();
    let text = match cs.next() {
        Some(c) => c.to_lowercase().collect::<String>() + cs.as_str(),
        None => String::new(),
    };
    crate::panic::go_string(text.as_bytes())
}
