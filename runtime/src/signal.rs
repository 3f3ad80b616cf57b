//! Synchronous signals raised by compiled code: a stack-limit trap in a
//! function prologue (SIGILL from Cranelift's `stack_limit` check) or a
//! fault on a thread's guard page (SIGSEGV) becomes Go's
//! `fatal error: stack overflow`, exit 2.
//!
//! Invariants:
//! - Every thread that runs Go code calls `install_on_thread` first: the
//!   handler runs on an alternate signal stack, since the faulting stack is
//!   exhausted.
//! - The handler never returns: it reports and ends the process. It only
//!   touches the stdout buffer through `try_lock` (a holder may have been
//!   interrupted) and writes with raw `write(2)`.

use std::sync::Once;

const ALT_STACK: usize = 256 * 1024;

fn raw_write(b: &[u8]) {
    // SAFETY: write(2) on a valid buffer; async-signal-safe.
    unsafe {
        libc::write(2, b.as_ptr() as *const libc::c_void, b.len());
    }
}

extern "C" fn handler(sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    crate::io::flush_stdout_if_free();
    let _ = info;
    let mut msg = String::new();
    let (pc, fp, sp) = registers(ctx);
    let in_go = crate::panic::symbolize(pc).is_some();
    if sig == libc::SIGILL && !in_go {
        msg.push_str("fatal error: unexpected signal (illegal instruction)\n");
    } else {
        msg.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        msg.push_str("fatal error: stack overflow\n\n");
        let id = crate::sched::goroutine_at(sp).unwrap_or(1);
        msg.push_str(&format!("goroutine {id} [running]:\n"));
        msg.push_str(&crate::panic::trace_from(pc, fp, 100));
    }
    raw_write(msg.as_bytes());
    // SAFETY: ends the process without running destructors.
    unsafe { libc::_exit(2) }
}

/// The faulting instruction and frame pointer.
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
fn registers(ctx: *mut libc::c_void) -> (usize, usize, usize) {
    // SAFETY: the kernel passes a valid `ucontext_t` to SA_SIGINFO handlers.
    unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        (
            uc.uc_mcontext.gregs[libc::REG_RIP as usize] as usize,
            uc.uc_mcontext.gregs[libc::REG_RBP as usize] as usize,
            uc.uc_mcontext.gregs[libc::REG_RSP as usize] as usize,
        )
    }
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
fn registers(_ctx: *mut libc::c_void) -> (usize, usize, usize) {
    (0, 0, 0)
}

/// Installs the handler (once per process) and this thread's alternate
/// signal stack.
pub fn install_on_thread() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for sig in [libc::SIGILL, libc::SIGSEGV, libc::SIGBUS] {
            // SAFETY: a zeroed sigaction with our handler, SA_SIGINFO and
            // SA_ONSTACK is a valid argument to sigaction(2).
            unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = handler as *const () as usize;
                sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(sig, &sa, std::ptr::null_mut());
            }
        }
    });
    let mem = Box::leak(vec![0u8; ALT_STACK].into_boxed_slice());
    let st = libc::stack_t {
        ss_sp: mem.as_mut_ptr() as *mut libc::c_void,
        ss_flags: 0,
        ss_size: ALT_STACK,
    };
    // SAFETY: `mem` lives for the rest of the process.
    unsafe {
        libc::sigaltstack(&st, std::ptr::null_mut());
    }
}
