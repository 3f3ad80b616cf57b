//! The Gust runtime: everything compiled Go code calls into. It never
//! depends on the compiler or Cranelift: a built binary links only this
//! crate and `gust-stdlib`.
//!
//! Entry points are `#[no_mangle] extern "C"` functions named `gust_*`;
//! `symbols()` lists them for the JIT, which resolves calls by name.
//!
//! Entry points are safe `extern "C"` functions that dereference the raw
//! pointers compiled code passes them (descriptors, the `G`, values): the
//! lowering guarantees those pointers are valid, so the functions are not
//! marked `unsafe` (Rust code never calls them with arbitrary pointers).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

#[cfg(not(loom))]
pub mod abi;
#[cfg(not(loom))]
pub mod alg;
#[cfg(not(loom))]
pub mod alloc;
pub mod chan;
#[cfg(not(loom))]
pub mod g;
#[cfg(not(loom))]
pub mod gc;
#[cfg(not(loom))]
pub mod heap;
#[cfg(not(loom))]
pub mod iface;
#[cfg(not(loom))]
pub mod io;
pub mod lock;
#[cfg(not(loom))]
pub mod map;
#[cfg(not(loom))]
pub mod natives;
#[cfg(not(loom))]
pub mod os;
#[cfg(not(loom))]
pub mod panic;
#[cfg(not(loom))]
pub mod print;
#[cfg(not(loom))]
pub mod sched;
#[cfg(not(loom))]
pub mod sema;
#[cfg(not(loom))]
pub mod signal;
#[cfg(not(loom))]
pub mod slice;
#[cfg(not(loom))]
pub mod stack;
#[cfg(not(loom))]
pub mod string;
#[cfg(not(loom))]
pub mod timer;

#[cfg(loom)]
pub mod loom_shim;

/// `(name, address)` of a runtime entry point.
#[macro_export]
macro_rules! sym {
    ($f:path) => {
        (stringify!($f).rsplit("::").next().unwrap(), $f as *const u8)
    };
}

/// Every entry point compiled code may call, by symbol name.
#[cfg(not(loom))]
pub fn symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        sym!(alloc::gust_alloc),
        sym!(alloc::gust_alloc_array),
        sym!(alloc::gust_alloc_noscan),
        sym!(gc::gust_gc_roots),
        sym!(panic::gust_panic),
        sym!(panic::gust_panic_index),
        sym!(panic::gust_panic_slice),
        sym!(panic::gust_panic_divide),
        sym!(panic::gust_panic_slice_to_array),
        sym!(panic::gust_panic_nil),
        sym!(panic::gust_panic_shift),
        sym!(panic::gust_panic_wrap),
        sym!(panic::gust_panic_makeslice),
        sym!(panic::gust_panic_assert),
        sym!(panic::gust_defer_push),
        sym!(panic::gust_defer_run),
        sym!(panic::gust_recover),
        sym!(iface::gust_assertI),
        sym!(iface::gust_convI2I),
        sym!(iface::gust_preempt),
        sym!(os::gust_os_runtime_args),
        sym!(os::gust_os_Exit),
        sym!(os::gust_os_Getenv),
        sym!(os::gust_os_writeString),
        sym!(os::gust_os_writeBytes),
        sym!(os::gust_os_envSet),
        sym!(os::gust_os_Getpid),
        sym!(os::gust_os_readBytes),
        sym!(os::gust_os_closeFd),
        sym!(os::gust_os_errnoText),
        sym!(print::gust_print_int),
        sym!(print::gust_print_uint),
        sym!(print::gust_print_float),
        sym!(print::gust_print_bool),
        sym!(print::gust_print_string),
        sym!(print::gust_print_pointer),
        sym!(print::gust_print_iface),
        sym!(print::gust_print_slice),
        sym!(print::gust_print_space),
        sym!(print::gust_print_nl),
        sym!(alg::gust_efaceeq),
        sym!(alg::gust_ifaceeq),
        sym!(alg::gust_typeeq),
        sym!(alg::gust_memequal),
        sym!(map::gust_makemap),
        sym!(map::gust_mapaccess),
        sym!(map::gust_mapassign),
        sym!(map::gust_mapdelete),
        sym!(map::gust_maplen),
        sym!(map::gust_mapclear),
        sym!(map::gust_mapiterinit),
        sym!(map::gust_mapiternext),
        sym!(slice::gust_growslice),
        sym!(string::gust_concat),
        sym!(string::gust_concatn),
        sym!(string::gust_strcmp),
        sym!(string::gust_streq),
        sym!(string::gust_intstring),
        sym!(string::gust_bytes_to_string),
        sym!(string::gust_string_to_bytes),
        sym!(string::gust_runes_to_string),
        sym!(string::gust_string_to_runes),
        sym!(string::gust_decoderune),
        sym!(alloc::gust_runtime_ReadMemStats),
        sym!(chan::gust_makechan),
        sym!(chan::gust_chansend),
        sym!(chan::gust_chanrecv),
        sym!(chan::gust_chanclose),
        sym!(chan::gust_chanlen),
        sym!(chan::gust_chancap),
        sym!(chan::gust_select),
        sym!(natives::gust_go),
        sym!(natives::gust_runtime_Gosched),
        sym!(natives::gust_runtime_Goexit),
        sym!(natives::gust_runtime_GC),
        sym!(natives::gust_runtime_GOMAXPROCS),
        sym!(natives::gust_runtime_NumCPU),
        sym!(natives::gust_runtime_NumGoroutine),
        sym!(natives::gust_runtime_KeepAlive),
        sym!(natives::gust_time_runtimeNano),
        sym!(natives::gust_time_unixNano),
        sym!(natives::gust_time_Sleep),
        sym!(natives::gust_time_startTimer),
        sym!(natives::gust_time_stopTimer),
        sym!(natives::gust_sync_fatal),
        sym!(sema::gust_sync_runtime_Semacquire),
        sym!(sema::gust_sync_runtime_Semrelease),
        sym!(natives::gust_sync_atomic_loadValue),
        sym!(natives::gust_sync_atomic_storeValue),
        sym!(natives::gust_sync_atomic_swapValue),
        sym!(natives::gust_sync_atomic_casValue),
        sym!(natives::gust_sync_atomic_AddInt32),
        sym!(natives::gust_sync_atomic_CompareAndSwapInt32),
        sym!(natives::gust_sync_atomic_LoadInt32),
        sym!(natives::gust_sync_atomic_StoreInt32),
        sym!(natives::gust_sync_atomic_SwapInt32),
        sym!(natives::gust_sync_atomic_AddInt64),
        sym!(natives::gust_sync_atomic_CompareAndSwapInt64),
        sym!(natives::gust_sync_atomic_LoadInt64),
        sym!(natives::gust_sync_atomic_StoreInt64),
        sym!(natives::gust_sync_atomic_SwapInt64),
        sym!(natives::gust_sync_atomic_AddUint32),
        sym!(natives::gust_sync_atomic_CompareAndSwapUint32),
        sym!(natives::gust_sync_atomic_LoadUint32),
        sym!(natives::gust_sync_atomic_StoreUint32),
        sym!(natives::gust_sync_atomic_SwapUint32),
        sym!(natives::gust_sync_atomic_AddUint64),
        sym!(natives::gust_sync_atomic_CompareAndSwapUint64),
        sym!(natives::gust_sync_atomic_LoadUint64),
        sym!(natives::gust_sync_atomic_StoreUint64),
        sym!(natives::gust_sync_atomic_SwapUint64),
        sym!(natives::gust_sync_atomic_AddUintptr),
        sym!(natives::gust_sync_atomic_CompareAndSwapUintptr),
        sym!(natives::gust_sync_atomic_LoadUintptr),
        sym!(natives::gust_sync_atomic_StoreUintptr),
        sym!(natives::gust_sync_atomic_SwapUintptr),
    ]
}
