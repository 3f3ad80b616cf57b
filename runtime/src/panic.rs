//! Panics, deferred calls, `recover`, runtime errors and fatal errors.
//!
//! Invariants:
//! - A panic never unwinds Rust frames: `start_panic` records the panic in
//!   the `G`, sets `G::panicking` and returns. Compiled code tests the flag
//!   after every call that may panic and returns to its caller after
//!   running its own deferred calls (`gust_defer_run`), so the Go stack
//!   unwinds frame by frame through ordinary returns.
//! - A deferred call recovers only when `recover` is called by the function
//!   the defer thunk called: `gust_recover` compares the caller's saved frame
//!   pointer with `G::defer_fp`, which the thunk sets before calling.
//! - `G::panics` holds every panic not yet finished, oldest first; it is
//!   cleared when a frame's deferred calls end with no panic in flight.
//! - Traces are return addresses collected by walking frame pointers
//!   (every frame keeps one: Cranelift's `preserve_frame_pointers` and
//!   rustc's `force-frame-pointers`) and symbolised through the code map.

use crate::abi::{kind, GoString, Iface, MethodDesc, TypeDesc};
use crate::g::{DeferRec, PanicRec, G};
use crate::io::{exit, write_stderr};
use std::sync::RwLock;

/// One compiled function, for symbolising traces.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub start: usize,
    pub end: usize,
    /// Go's name: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub file: String,
    /// (code offset, source line), sorted by offset.
    pub lines: Vec<(u32, u32)>,
}

static CODE_MAP: RwLock<Vec<FuncInfo>> = RwLock::new(Vec::new());

/// Adds compiled functions to the code map.
pub fn register_code(funcs: Vec<FuncInfo>) {
    let mut m = CODE_MAP.write().unwrap_or_else(|e| e.into_inner());
    m.extend(funcs);
    m.sort_by_key(|f| f.start);
}

fn lookup(pc: usize) -> Option<(String, String, u32)> {
    let m = CODE_MAP.read().unwrap_or_else(|e| e.into_inner());
    let i = m.partition_point(|f| f.start <= pc);
    let f = m.get(i.checked_sub(1)?)?;
    if pc >= f.end {
        return None;
    }
    let off = (pc - f.start) as u32;
    let j = f.lines.partition_point(|&(o, _)| o <= off);
    let line = if j == 0 {
        f.lines.first().map_or(0, |l| l.1)
    } else {
        f.lines[j - 1].1
    };
    Some((f.name.clone(), f.file.clone(), line))
}

/// The current frame pointer.
#[inline(always)]
pub fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads a register; no memory is touched.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    fp
}

/// Return addresses of the compiled Go frames below the caller, innermost
/// first. Rust frames between the caller and the first Go frame are
/// skipped; the walk stops at the first non-Go frame after a Go one.
#[inline(never)]
pub fn capture_trace() -> Vec<usize> {
    walk_from(frame_pointer())
}

/// The return addresses of compiled Go frames along the frame-pointer
/// chain from `fp`, up to the goroutine's entry.
fn walk_from(mut fp: usize) -> Vec<usize> {
    let mut out = vec![];
    for _ in 0..4096 {
        if fp == 0 || !fp.is_multiple_of(8) {
            break;
        }
        // SAFETY: every frame between here and the goroutine's entry keeps a
        // frame pointer (Cranelift's `preserve_frame_pointers`, rustc's
        // `force-frame-pointers`): `[fp]` is the caller's frame pointer and
        // `[fp + 8]` the return address (for a parked goroutine, its stack
        // is intact below the frame pointer saved when it parked). The walk
        // stops at the goroutine's entry function (`runtime.main`,
        // `runtime.gowrapN`), before frames (thread or coroutine start-up)
        // that may not keep the chain, and whenever the chain stops growing
        // towards the stack base.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some((name, _, _)) = lookup(ret.wrapping_sub(1)) {
            out.push(ret);
            if is_entry(&name) {
                break;
            }
        }
        if next <= fp || next - fp > (1 << 26) {
            break;
        }
        fp = next;
    }
    out
}

/// Whether a compiled function is a goroutine's entry (where traces stop).
fn is_entry(name: &str) -> bool {
    name == "runtime.main" || name.starts_with("runtime.gowrap")
}

/// Trace of a parked goroutine from the frame pointer saved when it parked.
pub fn trace_parked(fp: usize) -> String {
    format_trace(&walk_from(fp))
}

/// Go's `throw`: `fatal error: {msg}` and the running goroutine's trace.
pub fn fatal_with_trace(gp: *mut G, msg: &str) -> ! {
    crate::io::begin_exit();
    let trace = capture_trace();
    let id = g_of(gp).id;
    write_stderr(
        format!(
            "fatal error: {msg}\n\ngoroutine {id} [running]:\n{}",
            format_trace(&trace)
        )
        .as_bytes(),
    );
    exit(2)
}

/// Starts a panic with `value` (an empty-interface value).
pub fn start_panic(g: &mut G, value: Iface) {
    let trace = capture_trace();
    g.panics.push(PanicRec {
        value,
        recovered: false,
        trace,
        signal_line: false,
    });
    g.panicking = 1;
}

/// `panic(v)`.
#[no_mangle]
pub extern "C" fn gust_panic(gp: *mut G, tab: *const u8, data: *mut u8) {
    // SAFETY: compiled code passes its own live `G`.
    let g = unsafe { &mut *gp };
    start_panic(g, Iface { tab, data });
}

// ------------------------------------------------------------ runtime errors

extern "C" fn runtime_error_error(_gp: *mut G, data: *mut u8) -> GoString {
    // SAFETY: the data word of a runtime error points at its message.
    unsafe { *(data as *const GoString) }
}
extern "C" fn runtime_error_marker(_gp: *mut G, _data: *mut u8) {}

struct SyncMethods([MethodDesc; 2]);
// SAFETY: immutable after construction.
unsafe impl Sync for SyncMethods {}

static RUNTIME_ERROR_METHODS: SyncMethods = SyncMethods([
    MethodDesc {
        name: GoString::from_static("Error"),
        sig: GoString::from_static("func() string"),
        ifn: runtime_error_error as *const u8,
    },
    MethodDesc {
        name: GoString::from_static("RuntimeError"),
        sig: GoString::from_static("func()"),
        ifn: runtime_error_marker as *const u8,
    },
]);

/// The dynamic type of runtime error values: a pointer to the message,
/// implementing `error` and `runtime.Error`.
pub static RUNTIME_ERROR_TYPE: TypeDesc = TypeDesc {
    size: 8,
    align: 8,
    kind: kind::POINTER,
    flags: TypeDesc::FLAG_COMPARABLE | TypeDesc::FLAG_DIRECT | TypeDesc::FLAG_NAMED,
    _pad: 0,
    name: GoString::from_static("runtime.Error"),
    elem: std::ptr::null(),
    key: std::ptr::null(),
    len: 0,
    fields: std::ptr::null(),
    nfields: 0,
    methods: &RUNTIME_ERROR_METHODS.0 as *const MethodDesc,
    nmethods: 2,
    ptrmap: std::ptr::null(),
    pkg: GoString::from_static("runtime"),
};

/// A Go string holding `s`, allocated on the Go heap.
pub fn go_string(s: &[u8]) -> GoString {
    let p = crate::alloc::alloc_raw(s.len(), false);
    // SAFETY: `p` has room for `s.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
    GoString {
        ptr: p,
        len: s.len() as isize,
    }
}

/// A `runtime.Error` value with message `runtime error: {msg}`.
pub fn runtime_error_value(msg: &str) -> Iface {
    let text = go_string(format!("runtime error: {msg}").as_bytes());
    let cell = crate::alloc::alloc_raw(16, true) as *mut GoString;
    // SAFETY: `cell` is a fresh 16-byte allocation.
    unsafe { *cell = text };
    Iface {
        tab: &RUNTIME_ERROR_TYPE as *const TypeDesc as *const u8,
        data: cell as *mut u8,
    }
}

/// Panics with a runtime error (`runtime error: {msg}`).
pub fn runtime_error(g: &mut G, msg: &str) {
    start_panic(g, runtime_error_value(msg));
}

/// Panics with a plain error value whose text is `msg` (e.g. `send on
/// closed channel`, which Go reports without the `runtime error: ` prefix
/// only for some errors; callers pass the full text).
pub fn plain_error(g: &mut G, msg: &str) {
    let text = go_string(msg.as_bytes());
    let cell = crate::alloc::alloc_raw(16, true) as *mut GoString;
    // SAFETY: `cell` is a fresh 16-byte allocation.
    unsafe { *cell = text };
    start_panic(
        g,
        Iface {
            tab: &RUNTIME_ERROR_TYPE as *const TypeDesc as *const u8,
            data: cell as *mut u8,
        },
    );
}

fn g_of<'a>(gp: *mut G) -> &'a mut G {
    // SAFETY: compiled code passes its own live `G`, used by one thread.
    unsafe { &mut *gp }
}

#[no_mangle]
pub extern "C" fn gust_panic_index(gp: *mut G, i: i64, len: i64) {
    let msg = if i < 0 {
        format!("index out of range [{i}]")
    } else {
        format!("index out of range [{i}] with length {len}")
    };
    runtime_error(g_of(gp), &msg);
}

/// Slice bounds errors; `which` says which check failed:
/// 0 `[:hi]` hi > cap, 1 `[lo:hi]` lo > hi, 2 `[::max]` max > cap,
/// 3 `[:hi:max]` hi > max, 4 `[lo:hi:]` lo > hi, 5 `[:hi]` hi > len (strings
/// and arrays), 6 `[::max]` max > len (arrays).
#[no_mangle]
pub extern "C" fn gust_panic_slice(gp: *mut G, which: i64, a: i64, b: i64) {
    let msg = match which {
        0 => format!("slice bounds out of range [:{a}] with capacity {b}"),
        5 => format!("slice bounds out of range [:{a}] with length {b}"),
        1 => format!("slice bounds out of range [{a}:{b}]"),
        2 => format!("slice bounds out of range [::{a}] with capacity {b}"),
        6 => format!("slice bounds out of range [::{a}] with length {b}"),
        3 => format!("slice bounds out of range [:{a}:{b}]"),
        4 => format!("slice bounds out of range [{a}:{b}:]"),
        _ => format!("slice bounds out of range [{a}:{b}]"),
    };
    runtime_error(g_of(gp), &msg);
}

/// `(*[n]T)(s)` with `len(s) < n`.
#[no_mangle]
pub extern "C" fn gust_panic_slice_to_array(gp: *mut G, len: i64, n: i64) {
    runtime_error(
        g_of(gp),
        &format!("cannot convert slice with length {len} to pointer to array with length {n}"),
    );
}

#[no_mangle]
pub extern "C" fn gust_panic_divide(gp: *mut G) {
    runtime_error(g_of(gp), "integer divide by zero");
}

#[no_mangle]
pub extern "C" fn gust_panic_nil(gp: *mut G) {
    let g = g_of(gp);
    runtime_error(g, "invalid memory address or nil pointer dereference");
    if let Some(p) = g.panics.last_mut() {
        p.signal_line = true;
    }
}

/// A value method called through a nil pointer by an interface (Go's
/// panicwrap): `value method main.T.F called using nil *T pointer`.
/// `method` is `pkg.T.F`, `ty` is `T`.
#[no_mangle]
pub extern "C" fn gust_panic_wrap(gp: *mut G, method: GoString, ty: GoString) {
    let msg = format!(
        "value method {} called using nil *{} pointer",
        String::from_utf8_lossy(method.as_bytes()),
        String::from_utf8_lossy(ty.as_bytes())
    );
    plain_error(g_of(gp), &msg);
}

#[no_mangle]
pub extern "C" fn gust_panic_shift(gp: *mut G) {
    runtime_error(g_of(gp), "negative shift amount");
}

#[no_mangle]
pub extern "C" fn gust_panic_makeslice(gp: *mut G, cap: i64) {
    runtime_error(
        g_of(gp),
        if cap != 0 {
            "makeslice: cap out of range"
        } else {
            "makeslice: len out of range"
        },
    );
}

/// A failed type assertion `x.(T)`: `have` is the dynamic type (null for a
/// nil interface), `want` the asserted type, `iface` the static type of x;
/// `missing` names a method the dynamic type lacks when T is an interface.
#[no_mangle]
pub extern "C" fn gust_panic_assert(
    gp: *mut G,
    iface: *const TypeDesc,
    have: *const TypeDesc,
    want: *const TypeDesc,
) {
    // SAFETY: descriptors emitted by the compiler (or null for `have`).
    let (iface, want) = unsafe { (&*iface, &*want) };
    let have = unsafe { have.as_ref() };
    let iname = if iface.nmethods == 0 && iface.name() == "interface {}" {
        "interface {}".to_string()
    } else {
        iface.name().to_string()
    };
    let msg = match have {
        None => format!("interface conversion: {iname} is nil, not {}", want.name()),
        Some(h) if want.kind == kind::INTERFACE => {
            let missing = want
                .methods()
                .iter()
                .find(|m| {
                    !h.methods().iter().any(|hm| {
                        hm.name.as_bytes() == m.name.as_bytes()
                            && hm.sig.as_bytes() == m.sig.as_bytes()
                    })
                })
                .map(|m| String::from_utf8_lossy(m.name.as_bytes()).into_owned())
                .unwrap_or_default();
            format!(
                "interface conversion: {} is not {}: missing method {missing}",
                h.name(),
                want.name()
            )
        }
        Some(h) => {
            if h.name() == want.name() {
                format!(
                    "interface conversion: {iname} is {} (types from different scopes), not {}",
                    h.name(),
                    want.name()
                )
            } else {
                format!(
                    "interface conversion: {iname} is {}, not {}",
                    h.name(),
                    want.name()
                )
            }
        }
    };
    // Go's TypeAssertionError message has no "runtime error: " prefix
    // inside the interface-conversion text but is a runtime.Error.
    let text = go_string(msg.as_bytes());
    let cell = crate::alloc::alloc_raw(16, true) as *mut GoString;
    // SAFETY: fresh 16-byte allocation.
    unsafe { *cell = text };
    start_panic(
        g_of(gp),
        Iface {
            tab: &RUNTIME_ERROR_TYPE as *const TypeDesc as *const u8,
            data: cell as *mut u8,
        },
    );
}

// ------------------------------------------------------------ defer, recover

#[no_mangle]
pub extern "C" fn gust_defer_push(gp: *mut G, fp: usize, closure: *const u8) {
    g_of(gp).defers.push(DeferRec { fp, closure });
}

/// Runs the deferred calls pushed by the frame `fp`, innermost first.
///
/// While a deferred call runs, `G::panicking` is clear so that it runs
/// normally even when the frame is unwinding. Afterwards the frame keeps
/// unwinding unless the call recovered; a panic escaping a deferred call
/// replaces the one in flight (which stays listed, as Go prints it).
#[no_mangle]
pub extern "C" fn gust_defer_run(gp: *mut G, fp: usize) {
    let started_unwinding = g_of(gp).panicking != 0;
    let mut unwinding = started_unwinding;
    loop {
        let rec = {
            let g = g_of(gp);
            match g.defers.last() {
                Some(r) if r.fp == fp => g.defers.pop().unwrap(),
                _ => break,
            }
        };
        g_of(gp).panicking = 0;
        // SAFETY: `closure` is a func value of type `func()`: its first word
        // is code taking (gp, closure).
        unsafe {
            let code = *(rec.closure as *const extern "C" fn(*mut G, *const u8));
            code(gp, rec.closure);
        }
        let g = g_of(gp);
        if g.panicking != 0 {
            unwinding = true;
        } else if unwinding && g.panics.last().is_some_and(|p| p.recovered) {
            unwinding = false;
        }
    }
    let g = g_of(gp);
    g.panicking = unwinding as u32;
    if started_unwinding && !unwinding {
        g.panics.clear();
    }
}

/// `recover()` called by the function whose frame pointer is `fp`.
#[no_mangle]
pub extern "C" fn gust_recover(gp: *mut G, fp: usize) -> Iface {
    let g = g_of(gp);
    if g.defer_fp == 0 {
        return Iface::NIL;
    }
    // SAFETY: `fp` is the live frame pointer of the calling Go function;
    // its first word is the caller's frame pointer.
    let caller_fp = unsafe { *(fp as *const usize) };
    if caller_fp != g.defer_fp {
        return Iface::NIL;
    }
    let Some(p) = g.panics.last_mut() else {
        return Iface::NIL;
    };
    if p.recovered {
        return Iface::NIL;
    }
    p.recovered = true;
    p.value
}

// ------------------------------------------------------------ reporting

fn call_string_method(gp: *mut G, m: &MethodDesc, data: *mut u8) -> Option<Vec<u8>> {
    // SAFETY: methods named Error/String with signature `func() string`
    // take (gp, data word) and return a string in two registers.
    let f: extern "C" fn(*mut G, *mut u8) -> GoString = unsafe { std::mem::transmute(m.ifn) };
    let s = f(gp, data);
    if g_of(gp).panicking != 0 {
        return None;
    }
    Some(s.as_bytes().to_vec())
}

/// The dynamic type of an empty-interface value.
pub fn eface_type<'a>(v: Iface) -> Option<&'a TypeDesc> {
    // SAFETY: an empty interface's first word is a descriptor or null.
    unsafe { (v.tab as *const TypeDesc).as_ref() }
}

/// Go's `printpanicval` for an empty-interface value.
pub fn panic_value_text(gp: *mut G, v: Iface) -> Vec<u8> {
    let Some(t) = eface_type(v) else {
        return b"nil".to_vec();
    };
    for name in [&b"Error"[..], b"String"] {
        if let Some(m) = t.find_method(name) {
            if m.sig.as_bytes() == b"func() string" {
                if let Some(s) = call_string_method(gp, m, v.data) {
                    return s;
                }
            }
        }
    }
    let d = v.data as *const u8;
    // SAFETY: for non-direct kinds `data` points at a value of type `t`.
    let body: Option<String> = unsafe {
        match t.kind {
            kind::BOOL => Some((*d != 0).to_string()),
            kind::INT | kind::INT64 => Some((*(d as *const i64)).to_string()),
            kind::INT8 => Some((*(d as *const i8)).to_string()),
            kind::INT16 => Some((*(d as *const i16)).to_string()),
            kind::INT32 => Some((*(d as *const i32)).to_string()),
            kind::UINT | kind::UINT64 | kind::UINTPTR => Some((*(d as *const u64)).to_string()),
            kind::UINT8 => Some((*d).to_string()),
            kind::UINT16 => Some((*(d as *const u16)).to_string()),
            kind::UINT32 => Some((*(d as *const u32)).to_string()),
            kind::FLOAT64 => Some(crate::print::float_text(*(d as *const f64))),
            kind::FLOAT32 => Some(crate::print::float_text(*(d as *const f32) as f64)),
            kind::STRING => {
                let s = *(d as *const GoString);
                Some(String::from_utf8_lossy(s.as_bytes()).into_owned())
            }
            _ => None,
        }
    };
    match body {
        Some(b) if !t.is_named() || t.pkg.len == 0 => b.into_bytes(),
        Some(b) if t.kind == kind::STRING => format!("{}(\"{b}\")", t.name()).into_bytes(),
        Some(b) => format!("{}({b})", t.name()).into_bytes(),
        None => format!("({}) {:#x}", t.name(), v.data as usize).into_bytes(),
    }
}

/// `(function, file, line)` of a code address, if it is compiled Go code.
pub fn symbolize(pc: usize) -> Option<(String, String, u32)> {
    lookup(pc)
}

/// A trace from a faulting frame: the function at `pc`, then the callers
/// along the frame-pointer chain from `fp`, at most `max` frames.
pub fn trace_from(pc: usize, mut fp: usize, max: usize) -> String {
    let mut rets = vec![pc + 1];
    while rets.len() < max && fp != 0 && fp.is_multiple_of(8) {
        // SAFETY: as in `capture_trace`: frame pointers form a chain.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if lookup(ret.wrapping_sub(1)).is_some() {
            rets.push(ret);
        }
        if next <= fp || next - fp > (1 << 26) {
            break;
        }
        fp = next;
    }
    let mut s = String::new();
    // The faulting frame stopped in its prologue: Go reports the
    // function's first line.
    let m = CODE_MAP.read().unwrap_or_else(|e| e.into_inner());
    let i = m.partition_point(|f| f.start <= pc);
    if let Some(f) = i
        .checked_sub(1)
        .and_then(|i| m.get(i))
        .filter(|f| pc < f.end)
    {
        let line = f.lines.first().map_or(0, |l| l.1);
        s.push_str(&format!("{}(...)\n\t{}:{line}\n", f.name, f.file));
    }
    drop(m);
    s.push_str(&format_trace(&rets[1..]));
    if rets.len() >= max {
        s.push_str("...additional frames elided...\n");
    }
    s
}

fn format_trace(trace: &[usize]) -> String {
    let mut s = String::new();
    for &ret in trace {
        if let Some((name, file, line)) = lookup(ret - 1) {
            if name.starts_with("runtime.") {
                continue;
            }
            s.push_str(&format!("{name}(...)\n\t{file}:{line}\n"));
        }
    }
    s
}

/// Reports the unrecovered panic(s) of `g` the way Go does and exits 2.
pub fn die_of_panic(gp: *mut G) -> ! {
    crate::io::begin_exit();
    let g = g_of(gp);
    let panics: Vec<(Iface, bool, bool)> = g
        .panics
        .iter()
        .map(|p| (p.value, p.recovered, p.signal_line))
        .collect();
    let trace = g.panics.last().map(|p| p.trace.clone()).unwrap_or_default();
    g.panicking = 0;
    let mut out = Vec::new();
    for (i, (v, rec, _)) in panics.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        out.extend_from_slice(b"panic: ");
        out.extend(panic_value_text(gp, *v));
        if *rec {
            out.extend_from_slice(b" [recovered]");
        }
        out.push(b'\n');
    }
    if panics.last().is_some_and(|p| p.2) {
        out.extend_from_slice(
            b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n",
        );
    }
    out.extend_from_slice(format!("\ngoroutine {} [running]:\n", g.id).as_bytes());
    out.extend_from_slice(format_trace(&trace).as_bytes());
    write_stderr(&out);
    exit(2)
}

/// Go's `fatal error: {msg}`, exit 2.
pub fn fatal(msg: &str) -> ! {
    crate::io::begin_exit();
    write_stderr(format!("fatal error: {msg}\n").as_bytes());
    exit(2)
}
