//! Process-level natives of package os: arguments, environment, exit and
//! raw writes to file descriptors.
//!
//! Invariants: `set_args` runs before any Go code; writes to descriptor 1
//! go through the stdout buffer and writes to 2 flush it first (`io.rs`).

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
