//! Go maps: an open-addressing hash table with one control byte per slot,
//! probed eight slots (one "group") at a time.
//!
//! Layout. A map value is a `*mut GoMap` (nil is null). A table is two
//! allocations: `ctrl`, one byte per slot (`EMPTY`, `DELETED`, or the top
//! seven bits of a full slot's hash), and `slots`, `cap` slots of `stride`
//! bytes each, the key at offset 0 and the value at `val_off` (offsets
//! follow from the key and value descriptors, so a collector can scan a
//! slot with them). `cap` is a power of two, at least one group.
//!
//! Invariants:
//! - `GoMap::count` (the first word) is the number of live entries.
//! - At least one slot of every table is `EMPTY`, so probing ends:
//!   `growth_left` counts the `EMPTY` slots that may still be filled before
//!   the load reaches 7/8; when it is 0 the next insert into an `EMPTY`
//!   slot first moves everything into a fresh table.
//! - A deleted slot becomes `EMPTY` when its group still has an `EMPTY`
//!   slot (no probe sequence ever passed that group) and `DELETED`
//!   otherwise. Deleted and cleared slots are zeroed, so a newly inserted
//!   value starts zeroed and nothing stale stays reachable.
//! - Within one table an entry never moves. Growing or rehashing always
//!   builds a new table and never writes the old one again: iterators that
//!   started on an old table keep walking it and look each key up in the
//!   current table, producing the current entry or skipping it when it was
//!   deleted. Keys unequal to themselves (NaN) cannot be looked up; they are
//!   produced from the old table unless the map was cleared since the
//!   iteration began. Hence no entry is produced twice, and entries deleted
//!   before being reached are never produced (Go's rules).
//! - An empty map made without a size hint points at a shared, read-only
//!   all-`EMPTY` group with `growth_left == 0`, so it is never written.
//! - Each map has its own random hash seed; each iteration starts at a
//!   random slot.

// Entry points are safe `extern "C"` functions that trust the raw pointers
// compiled code passes them (the ABI contract in `abi.rs`), like the rest of
// the runtime; each dereference carries its own SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::abi::TypeDesc;
use crate::alg;
use crate::alloc::alloc_raw;
use crate::g::G;
use crate::panic;
use std::ptr;

const GROUP: usize = 8;
const EMPTY: u8 = 0x80;
const DELETED: u8 = 0xFE;
const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Go's maxAlloc on 64-bit Linux: larger size hints are ignored.
const MAX_ALLOC: u128 = 1 << 48;

#[repr(C, align(8))]
struct EmptyGroup([u8; GROUP]);
static EMPTY_GROUP: EmptyGroup = EmptyGroup([EMPTY; GROUP]);

/// How keys are hashed and compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum KeyMode {
    /// Plain 8-byte value (ints, pointers...).
    Mem8,
    /// Plain bytes of the given size.
    Mem(usize),
    /// A string.
    Str,
    /// Anything else, through `alg::type_hash` / `alg::type_eq`.
    Generic,
}

/// A Go map. Compiled code only reads `count` (offset 0) for `len(m)`.
#[repr(C)]
pub struct GoMap {
    count: usize,
    ctrl: *mut u8,
    slots: *mut u8,
    /// Slots in the table minus one.
    mask: usize,
    growth_left: usize,
    seed: u64,
    /// Incremented by every `clear(m)`.
    clear_seq: u64,
    key_t: *const TypeDesc,
    val_t: *const TypeDesc,
    key_size: usize,
    val_off: usize,
    stride: usize,
    mode: KeyMode,
    hash_might_fail: bool,
    reflexive: bool,
    /// Non-zero while an assignment or deletion runs: a second writer (or a
    /// reader) seeing it reports Go's `concurrent map writes` fatal error.
    /// Best effort, like Go's `hashWriting` flag.
    writing: u32,
}

/// Iteration state; compiled code reserves `MAP_ITER_SIZE` bytes, 8-aligned,
/// and reads `key` and `val` after each successful `gust_mapiternext`. They
/// point into the map and stay valid until the map is next changed.
#[repr(C)]
pub struct MapIter {
    pub key: *const u8,
    pub val: *const u8,
    /// Null once the iteration is over (or was empty from the start).
    m: *mut GoMap,
    /// The table being walked.
    ctrl: *const u8,
    slots: *const u8,
    mask: usize,
    /// Random starting slot.
    offset: usize,
    /// Slots visited so far.
    pos: usize,
    clear_seq: u64,
    _reserved: u64,
}

/// Size of `MapIter` in bytes.
pub const MAP_ITER_SIZE: usize = 80;
const _: () = assert!(std::mem::size_of::<MapIter>() == MAP_ITER_SIZE);
const _: () = assert!(std::mem::align_of::<MapIter>() == 8);

#[inline(always)]
fn h2(hash: u64) -> u8 {
    (hash >> 57) as u8
}

#[inline(always)]
fn match_byte(w: u64, b: u8) -> u64 {
    let x = w ^ (LO * b as u64);
    x.wrapping_sub(LO) & !x & HI
}

#[inline(always)]
fn match_empty(w: u64) -> u64 {
    w & !(w << 1) & HI
}

#[inline(always)]
fn match_free(w: u64) -> u64 {
    w & HI
}

#[inline(always)]
fn first_bit(bits: u64) -> usize {
    (bits.trailing_zeros() / 8) as usize
}

fn round_up(x: usize, a: usize) -> usize {
    x.div_ceil(a) * a
}

/// Slots needed for `n` entries: a power of two at least one group, with
/// `n` at most 7/8 of it.
fn cap_for(n: usize) -> usize {
    let mut cap = GROUP;
    while cap / 8 * 7 < n {
        cap *= 2;
    }
    cap
}

impl GoMap {
    #[inline(always)]
    fn group(&self, g: usize) -> u64 {
        // SAFETY: `g` is a group index below `(mask + 1) / GROUP`, and
        // `ctrl` holds `mask + 1` bytes, 8-aligned.
        unsafe { u64::from_le_bytes(*(self.ctrl.add(g * GROUP) as *const [u8; GROUP])) }
    }

    #[inline(always)]
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: `i <= mask`, so the slot lies inside `slots`.
        unsafe { self.slots.add(i * self.stride) }
    }

    fn key_t(&self) -> &TypeDesc {
        // SAFETY: set from the map type's key descriptor at creation.
        unsafe { &*self.key_t }
    }

    /// Hash of the key at `k`.
    ///
    /// # Safety
    /// `k` points at a key of the map's key type.
    #[inline]
    unsafe fn hash(&self, k: *const u8) -> Result<u64, &'static TypeDesc> {
        // SAFETY: `k` points at a key (caller contract) whose layout the mode
        // was derived from.
        unsafe {
            Ok(match self.mode {
                KeyMode::Mem8 => alg::hash_u64(ptr::read(k as *const u64), self.seed),
                KeyMode::Str => {
                    alg::hash_bytes((*(k as *const crate::abi::GoString)).as_bytes(), self.seed)
                }
                KeyMode::Mem(n) => alg::hash_bytes(std::slice::from_raw_parts(k, n), self.seed),
                KeyMode::Generic => alg::type_hash(self.key_t(), k, self.seed)?,
            })
        }
    }

    /// Whether the keys at `a` and `b` are equal.
    ///
    /// # Safety
    /// Both point at keys of the map's key type that hash without error.
    #[inline]
    unsafe fn key_eq(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: as for `hash`.
        unsafe {
            match self.mode {
                KeyMode::Mem8 => ptr::read(a as *const u64) == ptr::read(b as *const u64),
                KeyMode::Str => {
                    let (x, y) = (
                        *(a as *const crate::abi::GoString),
                        *(b as *const crate::abi::GoString),
                    );
                    x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())
                }
                KeyMode::Mem(n) => {
                    std::slice::from_raw_parts(a, n) == std::slice::from_raw_parts(b, n)
                }
                KeyMode::Generic => alg::type_eq(self.key_t(), a, b).unwrap_or(false),
            }
        }
    }

    /// The slot holding a key equal to `k` (whose hash is `hash`).
    ///
    /// # Safety
    /// `k` points at a hashable key of the map's key type.
    #[inline]
    unsafe fn find(&self, k: *const u8, hash: u64) -> Option<usize> {
        let gmask = self.mask / GROUP;
        let tag = h2(hash);
        let mut g = hash as usize & gmask;
        let mut step = 0;
        loop {
            let w = self.group(g);
            let mut bits = match_byte(w, tag);
            while bits != 0 {
                let i = g * GROUP + first_bit(bits);
                // SAFETY: slot `i` is full (its control byte matched a tag),
                // so it holds a key.
                if unsafe { self.key_eq(self.slot(i), k) } {
                    return Some(i);
                }
                bits &= bits - 1;
            }
            if match_empty(w) != 0 {
                return None;
            }
            step += 1;
            g = (g + step) & gmask;
        }
    }

    /// The first free (`EMPTY` or `DELETED`) slot on the probe sequence of
    /// `hash`.
    fn find_free(&self, hash: u64) -> usize {
        let gmask = self.mask / GROUP;
        let mut g = hash as usize & gmask;
        let mut step = 0;
        loop {
            let bits = match_free(self.group(g));
            if bits != 0 {
                return g * GROUP + first_bit(bits);
            }
            step += 1;
            g = (g + step) & gmask;
        }
    }

    fn set_ctrl(&mut self, i: usize, c: u8) {
        // SAFETY: `i <= mask` and `ctrl` is a writable table of this map
        // (never the shared empty group: it is only written after
        // `growth_left > 0` or after finding a full slot, neither of which
        // holds for it).
        unsafe { *self.ctrl.add(i) = c };
    }

    /// Moves every entry into a fresh table of `new_cap` slots.
    fn resize(&mut self, new_cap: usize) {
        let ctrl = alloc_raw(new_cap, false);
        // SAFETY: `ctrl` has `new_cap` bytes.
        unsafe { ptr::write_bytes(ctrl, EMPTY, new_cap) };
        let slots = alloc_raw(new_cap.saturating_mul(self.stride), true);
        let old = GoMap {
            ctrl: self.ctrl,
            slots: self.slots,
            mask: self.mask,
            ..*self
        };
        self.ctrl = ctrl;
        self.slots = slots;
        self.mask = new_cap - 1;
        self.growth_left = new_cap / 8 * 7 - self.count;
        for i in 0..=old.mask {
            // SAFETY: `i <= old.mask`, inside the old control bytes.
            if unsafe { *old.ctrl.add(i) } & 0x80 != 0 {
                continue;
            }
            let src = old.slot(i);
            // SAFETY: a full slot holds a key that was hashed on insert.
            let hash = unsafe { self.hash(src) }.unwrap_or(0);
            let j = self.find_free(hash);
            self.set_ctrl(j, h2(hash));
            // SAFETY: both slots are `stride` bytes inside distinct tables.
            unsafe { ptr::copy_nonoverlapping(src, self.slot(j), self.stride) };
        }
    }

    /// Makes room for one more entry in an `EMPTY` slot.
    fn grow(&mut self) {
        let cap = self.mask + 1;
        // Few live entries: the table is full of tombstones (or is the
        // shared empty group), so rebuild it no larger, leaving at least
        // half of it free so that rebuilds stay amortised O(1).
        let new_cap = if self.count < cap / 8 * 7 / 2 {
            cap_for(2 * (self.count + 1)).min(cap.max(GROUP))
        } else {
            cap * 2
        };
        self.resize(new_cap);
    }

    /// Pointer to the value of key `k`, if present.
    ///
    /// # Safety
    /// `k` points at a key of the map's key type.
    unsafe fn lookup(&self, k: *const u8) -> Result<Option<usize>, &'static TypeDesc> {
        if self.count == 0 {
            if self.hash_might_fail {
                // SAFETY: caller contract.
                unsafe { self.hash(k)? };
            }
            return Ok(None);
        }
        // SAFETY: caller contract.
        let hash = unsafe { self.hash(k)? };
        // SAFETY: the key hashed, so it is comparable.
        Ok(unsafe { self.find(k, hash) })
    }
}

fn g_of<'a>(gp: *mut G) -> &'a mut G {
    // SAFETY: compiled code passes its own live `G`, used by one thread.
    unsafe { &mut *gp }
}

fn unhashable(gp: *mut G, t: &TypeDesc) {
    panic::runtime_error(g_of(gp), &format!("hash of unhashable type {}", t.name()));
}

/// For operations on a nil map: Go still hashes the key when hashing may
/// fail, so that a nil map panics like a non-nil one.
///
/// # Safety
/// `mt` is a map descriptor and `key` points at a key of its key type.
unsafe fn nil_map_key_check(gp: *mut G, mt: *const TypeDesc, key: *const u8) {
    // SAFETY: caller contract.
    let kt = unsafe { (*mt).key() };
    if alg::hash_might_fail(kt) {
        // SAFETY: caller contract.
        if let Err(bad) = unsafe { alg::type_hash(kt, key, 0) } {
            unhashable(gp, bad);
        }
    }
}

/// `make(map[K]V, hint)`. Like Go 1.19, a negative or huge hint is treated
/// as 0 rather than panicking.
#[no_mangle]
pub extern "C" fn gust_makemap(_gp: *mut G, mt: *const TypeDesc, hint: isize) -> *mut GoMap {
    // SAFETY: compiled code passes an emitted map descriptor.
    let mt = unsafe { &*mt };
    let (kt, vt) = (mt.key(), mt.elem());
    let ksize = kt.size as usize;
    let vsize = vt.size as usize;
    let val_off = round_up(ksize, vt.align.max(1) as usize);
    let align = kt.align.max(vt.align).max(1) as usize;
    let stride = round_up(val_off + vsize, align);
    let mode = if kt.kind == crate::abi::kind::STRING {
        KeyMode::Str
    } else if alg::is_mem(kt) {
        if ksize == 8 {
            KeyMode::Mem8
        } else {
            KeyMode::Mem(ksize)
        }
    } else {
        KeyMode::Generic
    };
    let mut hint = hint.max(0) as usize;
    if hint as u128 * (stride as u128 + 1) > MAX_ALLOC {
        hint = 0;
    }
    let m = alloc_raw(std::mem::size_of::<GoMap>(), true) as *mut GoMap;
    let mut map = GoMap {
        count: 0,
        ctrl: EMPTY_GROUP.0.as_ptr() as *mut u8,
        slots: ptr::null_mut(),
        mask: GROUP - 1,
        growth_left: 0,
        seed: alg::fastrand(),
        clear_seq: 0,
        key_t: kt,
        val_t: vt,
        key_size: ksize,
        val_off,
        stride,
        mode,
        hash_might_fail: alg::hash_might_fail(kt),
        reflexive: alg::is_reflexive(kt),
        writing: 0,
    };
    if hint > 0 {
        map.resize(cap_for(hint));
    }
    // SAFETY: `m` is a fresh allocation of `GoMap`'s size, 8-aligned.
    unsafe { ptr::write(m, map) };
    m
}

fn begin_write(gp: *mut G, map: &mut GoMap) {
    // SAFETY: a volatile access to a field of a live map; unsynchronised
    // writers race here on purpose, as in Go, to detect each other.
    unsafe {
        if ptr::read_volatile(&map.writing) != 0 {
            panic::fatal_with_trace(gp, "concurrent map writes");
        }
        ptr::write_volatile(&mut map.writing, 1);
    }
}

fn end_write(gp: *mut G, map: &mut GoMap) {
    // SAFETY: as in `begin_write`.
    unsafe {
        if ptr::read_volatile(&map.writing) == 0 {
            panic::fatal_with_trace(gp, "concurrent map writes");
        }
        ptr::write_volatile(&mut map.writing, 0);
    }
}

/// `m[key]`: a pointer to the value, or null when the key is absent or the
/// map is nil (compiled code then uses the zero value). Panics for keys
/// holding uncomparable dynamic types.
#[no_mangle]
pub extern "C" fn gust_mapaccess(
    gp: *mut G,
    mt: *const TypeDesc,
    m: *mut GoMap,
    key: *const u8,
) -> *const u8 {
    // SAFETY: `m` is null or a map made by `gust_makemap`.
    let Some(map) = (unsafe { m.as_ref() }) else {
        // SAFETY: compiled code passes the map type and a key of its type.
        unsafe { nil_map_key_check(gp, mt, key) };
        return ptr::null();
    };
    // SAFETY: as in `begin_write`.
    if unsafe { ptr::read_volatile(&map.writing) } != 0 {
        panic::fatal_with_trace(gp, "concurrent map read and map write");
    }
    // SAFETY: `key` points at a key of the map's key type.
    match unsafe { map.lookup(key) } {
        Ok(Some(i)) => {
            // SAFETY: slot `i` is inside the table; the value is at `val_off`.
            unsafe { map.slot(i).add(map.val_off) }
        }
        Ok(None) => ptr::null(),
        Err(bad) => {
            unhashable(gp, bad);
            ptr::null()
        }
    }
}

/// `m[key] = ...`: a pointer to the value slot, inserting a zeroed value
/// when the key is absent (the stored key is overwritten with `key` when
/// present, as Go does for `+0`/`-0` and strings). Returns null after
/// starting a panic (nil map, unhashable key); compiled code checks the
/// panic flag before using the result.
#[no_mangle]
pub extern "C" fn gust_mapassign(
    gp: *mut G,
    _mt: *const TypeDesc,
    m: *mut GoMap,
    key: *const u8,
) -> *mut u8 {
    // SAFETY: `m` is null or a map made by `gust_makemap`, used by this
    // goroutine only.
    let Some(map) = (unsafe { m.as_mut() }) else {
        panic::plain_error(g_of(gp), "assignment to entry in nil map");
        return ptr::null_mut();
    };
    // SAFETY: `key` points at a key of the map's key type.
    let hash = match unsafe { map.hash(key) } {
        Ok(h) => h,
        Err(bad) => {
            unhashable(gp, bad);
            return ptr::null_mut();
        }
    };
    begin_write(gp, map);
    // SAFETY: the key hashed, so it is comparable.
    let i = match unsafe { map.find(key, hash) } {
        Some(i) => i,
        None => {
            let mut i = map.find_free(hash);
            // SAFETY: `i <= mask`.
            if unsafe { *map.ctrl.add(i) } == EMPTY {
                if map.growth_left == 0 {
                    map.grow();
                    i = map.find_free(hash);
                }
                map.growth_left -= 1;
            }
            map.set_ctrl(i, h2(hash));
            map.count += 1;
            i
        }
    };
    let s = map.slot(i);
    end_write(gp, map);
    // SAFETY: the slot has `key_size` bytes for the key at offset 0; `key`
    // points at a key of that size (it may be the slot itself).
    unsafe {
        ptr::copy(key, s, map.key_size);
        s.add(map.val_off)
    }
}

/// `delete(m, key)`.
#[no_mangle]
pub extern "C" fn gust_mapdelete(gp: *mut G, mt: *const TypeDesc, m: *mut GoMap, key: *const u8) {
    // SAFETY: `m` is null or a map made by `gust_makemap`.
    let Some(map) = (unsafe { m.as_mut() }) else {
        // SAFETY: compiled code passes the map type and a key of its type.
        unsafe { nil_map_key_check(gp, mt, key) };
        return;
    };
    // SAFETY: `key` points at a key of the map's key type.
    let i = match unsafe { map.lookup(key) } {
        Ok(Some(i)) => i,
        Ok(None) => return,
        Err(bad) => {
            unhashable(gp, bad);
            return;
        }
    };
    begin_write(gp, map);
    if match_empty(map.group(i / GROUP)) != 0 {
        map.set_ctrl(i, EMPTY);
        map.growth_left += 1;
    } else {
        map.set_ctrl(i, DELETED);
    }
    map.count -= 1;
    // SAFETY: the slot is `stride` bytes inside the table.
    unsafe { ptr::write_bytes(map.slot(i), 0, map.stride) };
    end_write(gp, map);
}

/// `len(m)`; 0 for a nil map.
#[no_mangle]
pub extern "C" fn gust_maplen(m: *const GoMap) -> isize {
    // SAFETY: `m` is null or a live map.
    unsafe { m.as_ref() }.map_or(0, |m| m.count as isize)
}

/// `clear(m)` (Go 1.21): removes every entry, keeping the table.
#[no_mangle]
pub extern "C" fn gust_mapclear(_gp: *mut G, _mt: *const TypeDesc, m: *mut GoMap) {
    // SAFETY: `m` is null or a live map.
    let Some(map) = (unsafe { m.as_mut() }) else {
        return;
    };
    if map.count == 0 {
        return;
    }
    let cap = map.mask + 1;
    // SAFETY: a map with entries owns its table: `cap` control bytes and
    // `cap` slots of `stride` bytes.
    unsafe {
        ptr::write_bytes(map.ctrl, EMPTY, cap);
        ptr::write_bytes(map.slots, 0, cap * map.stride);
    }
    map.count = 0;
    map.growth_left = cap / 8 * 7;
    map.clear_seq += 1;
}

/// Starts `for k, v := range m`.
#[no_mangle]
pub extern "C" fn gust_mapiterinit(
    _gp: *mut G,
    _mt: *const TypeDesc,
    m: *mut GoMap,
    it: *mut MapIter,
) {
    // SAFETY: `m` is null or a live map.
    let live = unsafe { m.as_ref() }.filter(|m| m.count > 0);
    let state = match live {
        None => MapIter {
            key: ptr::null(),
            val: ptr::null(),
            m: ptr::null_mut(),
            ctrl: ptr::null(),
            slots: ptr::null(),
            mask: 0,
            offset: 0,
            pos: 0,
            clear_seq: 0,
            _reserved: 0,
        },
        Some(map) => MapIter {
            key: ptr::null(),
            val: ptr::null(),
            m,
            ctrl: map.ctrl,
            slots: map.slots,
            mask: map.mask,
            offset: alg::fastrand() as usize & map.mask,
            pos: 0,
            clear_seq: map.clear_seq,
            _reserved: 0,
        },
    };
    // SAFETY: compiled code passes `MAP_ITER_SIZE` writable, 8-aligned bytes.
    unsafe { ptr::write(it, state) };
}

/// Advances an iteration: 1 when `it.key` / `it.val` point at the next
/// entry, 0 at the end.
#[no_mangle]
pub extern "C" fn gust_mapiternext(it: *mut MapIter) -> u8 {
    // SAFETY: `it` was set up by `gust_mapiterinit`.
    let it = unsafe { &mut *it };
    // SAFETY: `it.m` is null or the live map being iterated.
    let Some(map) = (unsafe { it.m.as_ref() }) else {
        it.key = ptr::null();
        it.val = ptr::null();
        return 0;
    };
    while it.pos <= it.mask {
        let i = (it.offset + it.pos) & it.mask;
        it.pos += 1;
        // SAFETY: `i <= it.mask`, inside the iterated table, which stays
        // allocated and is never freed (see the module invariants).
        if unsafe { *it.ctrl.add(i) } & 0x80 != 0 {
            continue;
        }
        // SAFETY: as above; the slot is full.
        let k = unsafe { it.slots.add(i * map.stride) };
        if std::ptr::eq(it.ctrl, map.ctrl) {
            it.key = k;
            // SAFETY: the value lies inside the slot.
            it.val = unsafe { k.add(map.val_off) };
            return 1;
        }
        // The map moved to a new table since the iteration began.
        // SAFETY: `k` is a key stored in the map, so it hashes.
        match unsafe { map.lookup(k) } {
            Ok(Some(j)) => {
                let s = map.slot(j);
                it.key = s;
                // SAFETY: the value lies inside the slot.
                it.val = unsafe { s.add(map.val_off) };
                return 1;
            }
            _ => {
                // SAFETY: `k` is a valid key.
                let self_eq = map.reflexive || unsafe { map.key_eq(k, k) };
                if !self_eq && it.clear_seq == map.clear_seq {
                    it.key = k;
                    // SAFETY: the value lies inside the slot.
                    it.val = unsafe { k.add(map.val_off) };
                    return 1;
                }
            }
        }
    }
    it.m = ptr::null_mut();
    it.key = ptr::null();
    it.val = ptr::null();
    0
}

/// Pointers to every key and value of `m` (for fmt), in table order.
///
/// # Safety
/// `m` is null or a live map.
pub unsafe fn map_entries(m: *const GoMap) -> Vec<(*const u8, *const u8)> {
    // SAFETY: caller contract.
    let Some(map) = (unsafe { m.as_ref() }) else {
        return Vec::new();
    };
    let mut v = Vec::with_capacity(map.count);
    if map.count == 0 {
        return v;
    }
    for i in 0..=map.mask {
        // SAFETY: `i <= mask`, inside the table.
        if unsafe { *map.ctrl.add(i) } & 0x80 == 0 {
            let s = map.slot(i) as *const u8;
            // SAFETY: the value lies inside the slot.
            v.push((s, unsafe { s.add(map.val_off) }));
        }
    }
    v
}

/// `len(m)` for runtime and library code.
///
/// # Safety
/// `m` is null or a live map.
pub unsafe fn map_len(m: *const GoMap) -> usize {
    // SAFETY: caller contract.
    unsafe { m.as_ref() }.map_or(0, |m| m.count)
}

/// The key and value types of `m` (for library code holding only a map).
///
/// # Safety
/// `m` is a live, non-nil map.
pub unsafe fn map_types(m: *const GoMap) -> (&'static TypeDesc, &'static TypeDesc) {
    // SAFETY: caller contract; the descriptors live for the program.
    unsafe { (&*(*m).key_t, &*(*m).val_t) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{GoString, Iface};
    use crate::alg::testtypes::*;
    use std::collections::{HashMap, HashSet};

    struct M {
        g: Box<G>,
        mt: &'static TypeDesc,
        m: *mut GoMap,
    }

    impl M {
        fn new(mt: &'static TypeDesc, hint: isize) -> M {
            let mut g = Box::new(G::new(1, 0));
            let m = gust_makemap(&mut *g, mt, hint);
            M { g, mt, m }
        }
        fn gp(&mut self) -> *mut G {
            &mut *self.g
        }
        fn set<K, V>(&mut self, k: K, v: V) {
            let gp = self.gp();
            let p = gust_mapassign(gp, self.mt, self.m, &k as *const K as *const u8);
            assert!(!p.is_null());
            // SAFETY: the slot holds a V.
            unsafe { ptr::write(p as *mut V, v) };
        }
        fn get<K, V: Copy>(&mut self, k: K) -> Option<V> {
            let gp = self.gp();
            let p = gust_mapaccess(gp, self.mt, self.m, &k as *const K as *const u8);
            // SAFETY: the slot holds a V.
            (!p.is_null()).then(|| unsafe { ptr::read(p as *const V) })
        }
        fn del<K>(&mut self, k: K) {
            let gp = self.gp();
            gust_mapdelete(gp, self.mt, self.m, &k as *const K as *const u8);
        }
        fn len(&self) -> usize {
            gust_maplen(self.m) as usize
        }
        fn entries<K: Copy, V: Copy>(&mut self) -> Vec<(K, V)> {
            let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
            let gp = self.gp();
            gust_mapiterinit(gp, self.mt, self.m, it.as_mut_ptr());
            let mut out = vec![];
            while gust_mapiternext(it.as_mut_ptr()) == 1 {
                // SAFETY: iterinit initialised the iterator; key/val point
                // at a K and a V.
                unsafe {
                    let it = &*it.as_ptr();
                    out.push((ptr::read(it.key as *const K), ptr::read(it.val as *const V)));
                }
            }
            out
        }
        fn msg(&self) -> String {
            panic_msg(&self.g)
        }
    }

    fn s(x: &str) -> GoString {
        crate::panic::go_string(x.as_bytes())
    }
    fn st(g: GoString) -> String {
        String::from_utf8(g.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn int_map_against_std() {
        let mut m = M::new(map_of(int(), int()), 0);
        let mut r: HashMap<i64, i64> = HashMap::new();
        let mut x: u64 = 12345;
        for step in 0..200_000i64 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = ((x >> 33) % 5000) as i64 - 2500;
            match (x >> 20) % 4 {
                0 | 1 => {
                    m.set(k, step);
                    r.insert(k, step);
                }
                2 => {
                    m.del(k);
                    r.remove(&k);
                }
                _ => assert_eq!(m.get::<i64, i64>(k), r.get(&k).copied()),
            }
            assert_eq!(m.len(), r.len());
        }
        let mut e: Vec<(i64, i64)> = m.entries();
        e.sort();
        let mut want: Vec<(i64, i64)> = r.into_iter().collect();
        want.sort();
        assert_eq!(e, want);
        assert_eq!(m.g.panicking, 0);
    }

    #[test]
    fn string_map_growth() {
        let mut m = M::new(map_of(string(), int()), 0);
        for i in 0..100_000 {
            m.set(s(&format!("w{i}")), i as i64);
        }
        assert_eq!(m.len(), 100_000);
        for i in 0..100_000 {
            assert_eq!(m.get::<_, i64>(s(&format!("w{i}"))), Some(i as i64));
        }
        assert_eq!(m.get::<_, i64>(s("nope")), None);
        assert_eq!(m.get::<_, i64>(GoString::EMPTY), None);
        m.set(GoString::EMPTY, -1i64);
        assert_eq!(m.get::<_, i64>(s("")), Some(-1));
        // Counting like wordcount: read-modify-write through mapassign.
        let mut c = M::new(map_of(string(), int()), 0);
        for i in 0..50_000 {
            let gp = c.gp();
            let k = s(&format!("k{}", i % 977));
            let p = gust_mapassign(gp, c.mt, c.m, &k as *const GoString as *const u8) as *mut i64;
            // SAFETY: the value slot holds an int.
            unsafe { *p += 1 };
        }
        assert_eq!(c.len(), 977);
        assert_eq!(c.get::<_, i64>(s("k0")), Some(52));
        let total: i64 = c.entries::<GoString, i64>().iter().map(|e| e.1).sum();
        assert_eq!(total, 50_000);
        let names: HashSet<String> = c
            .entries::<GoString, i64>()
            .into_iter()
            .map(|e| st(e.0))
            .collect();
        assert_eq!(names.len(), 977);
    }

    #[test]
    fn hint_and_nil_maps() {
        let mt = map_of(int(), int());
        for hint in [-1isize, -1 << 40, isize::MIN, 0, 1, 100, isize::MAX] {
            let mut m = M::new(mt, hint);
            m.set(1i64, 2i64);
            assert_eq!(m.len(), 1);
        }
        let mut m = M::new(mt, 0);
        m.m = ptr::null_mut();
        assert_eq!(m.len(), 0);
        assert_eq!(m.get::<i64, i64>(3), None);
        m.del(3i64);
        assert!(m.entries::<i64, i64>().is_empty());
        gust_mapclear(m.gp(), mt, ptr::null_mut());
        assert_eq!(m.g.panicking, 0);
        let gp = m.gp();
        let k = 1i64;
        assert!(gust_mapassign(gp, mt, ptr::null_mut(), &k as *const i64 as *const u8).is_null());
        assert_eq!(m.g.panicking, 1);
        assert_eq!(m.msg(), "assignment to entry in nil map");
    }

    #[test]
    fn float_keys_nan_and_zero() {
        let mut m = M::new(map_of(float64(), int()), 0);
        m.set(0.0f64, 1i64);
        m.set(-0.0f64, 2i64);
        assert_eq!(m.len(), 1);
        let e = m.entries::<f64, i64>();
        assert_eq!(e.len(), 1);
        assert!(
            e[0].0.is_sign_negative() && e[0].1 == 2,
            "key updated like Go"
        );
        for i in 0..100 {
            m.set(f64::NAN, 100 + i as i64);
        }
        assert_eq!(m.len(), 101);
        assert_eq!(m.get::<f64, i64>(f64::NAN), None);
        m.del(f64::NAN);
        assert_eq!(m.len(), 101);
        let e = m.entries::<f64, i64>();
        assert_eq!(e.iter().filter(|x| x.0.is_nan()).count(), 100);
        // NaN entries survive growth during iteration, once each.
        let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
        gust_mapiterinit(m.gp(), m.mt, m.m, it.as_mut_ptr());
        let mut n = 0;
        let mut seen_vals = HashSet::new();
        while gust_mapiternext(it.as_mut_ptr()) == 1 {
            // SAFETY: the iterator was initialised; val points at an int.
            let v = unsafe { *((*it.as_ptr()).val as *const i64) };
            assert!(seen_vals.insert(v));
            n += 1;
            if n == 3 {
                for j in 0..1000 {
                    m.set(j as f64 + 0.5, 1000 + j as i64);
                }
            }
        }
        assert!(n >= 101);
        gust_mapclear(m.gp(), m.mt, m.m);
        assert_eq!(m.len(), 0);
        assert!(m.entries::<f64, i64>().is_empty());
    }

    #[test]
    fn struct_and_array_keys() {
        // struct { a uint8; s string } (generic) and [2]int32 (mem, size 8)
        let kt = struct_of("main.K", &[("a", uint8()), ("s", string())]);
        let mut m = M::new(map_of(kt, int()), 0);
        #[repr(C)]
        #[derive(Clone, Copy)]
        struct K {
            a: u8,
            pad: [u8; 7],
            s: GoString,
        }
        for i in 0..1000u32 {
            m.set(
                K {
                    a: (i % 7) as u8,
                    pad: [i as u8; 7],
                    s: s(&format!("{}", i / 7)),
                },
                i as i64,
            );
        }
        assert_eq!(m.len(), 1000);
        for i in 0..1000u32 {
            let k = K {
                a: (i % 7) as u8,
                pad: [0; 7],
                s: s(&format!("{}", i / 7)),
            };
            assert_eq!(m.get::<K, i64>(k), Some(i as i64));
        }
        let at = array_of("[2]int32", int32(), 2);
        let mut a = M::new(map_of(at, string()), 4);
        for i in 0..500i32 {
            a.set([i, -i], s(&i.to_string()));
        }
        assert_eq!(st(a.get::<[i32; 2], GoString>([7, -7]).unwrap()), "7");
        assert_eq!(a.get::<[i32; 2], GoString>([7, 7]).map(st), None);
        // Zero-size values (set semantics) and 1-byte keys.
        let unit = struct_of("struct {}", &[]);
        let mut set = M::new(map_of(uint8(), unit), 0);
        for i in 0..=255u8 {
            set.set(i, ());
            set.set(i, ());
        }
        assert_eq!(set.len(), 256);
        assert!(set.get::<u8, ()>(200).is_some());
    }

    #[test]
    fn interface_keys() {
        let e = eface();
        let it = int();
        let sl = slice_of(it);
        let stt = string();
        let pt = ptr_to(it);
        let mut m = M::new(map_of(e, int()), 0);
        let mut ints: Vec<Box<i64>> = (0..300).map(Box::new).collect();
        let mut strs: Vec<Box<GoString>> = (0..300).map(|i| Box::new(s(&i.to_string()))).collect();
        for i in 0..300 {
            let ki = Iface {
                tab: it as *const _ as *const u8,
                data: &mut *ints[i] as *mut i64 as *mut u8,
            };
            m.set(ki, i as i64);
            let ks = Iface {
                tab: stt as *const _ as *const u8,
                data: &mut *strs[i] as *mut GoString as *mut u8,
            };
            m.set(ks, 1000 + i as i64);
        }
        m.set(Iface::NIL, -1i64);
        let mut p = 77i64;
        let kp = Iface {
            tab: pt as *const _ as *const u8,
            data: &mut p as *mut i64 as *mut u8,
        };
        m.set(kp, -2i64);
        assert_eq!(m.len(), 602);
        let mut five = 5i64;
        let k5 = Iface {
            tab: it as *const _ as *const u8,
            data: &mut five as *mut i64 as *mut u8,
        };
        assert_eq!(m.get::<Iface, i64>(k5), Some(5));
        let mut s5 = s("5");
        let ks5 = Iface {
            tab: stt as *const _ as *const u8,
            data: &mut s5 as *mut GoString as *mut u8,
        };
        assert_eq!(m.get::<Iface, i64>(ks5), Some(1005));
        assert_eq!(m.get::<Iface, i64>(Iface::NIL), Some(-1));
        assert_eq!(m.get::<Iface, i64>(kp), Some(-2));
        // Unhashable dynamic type: lookup, delete and assign panic.
        let mut slv = [0usize; 3];
        let ksl = Iface {
            tab: sl as *const _ as *const u8,
            data: slv.as_mut_ptr() as *mut u8,
        };
        assert_eq!(m.get::<Iface, i64>(ksl), None);
        assert_eq!(m.g.panicking, 1);
        assert_eq!(m.msg(), "runtime error: hash of unhashable type []int");
        // Even on an empty or nil map.
        let mt = m.mt;
        for nil in [false, true] {
            let mut m2 = M::new(mt, 0);
            if nil {
                m2.m = ptr::null_mut();
            }
            m2.del(ksl);
            assert_eq!(m2.g.panicking, 1);
            assert_eq!(m2.msg(), "runtime error: hash of unhashable type []int");
        }
        let mut m3 = M::new(mt, 0);
        let gp = m3.gp();
        assert!(gust_mapassign(gp, mt, m3.m, &ksl as *const Iface as *const u8).is_null());
        assert_eq!(m3.msg(), "runtime error: hash of unhashable type []int");
        assert_eq!(m3.len(), 0);
    }

    #[test]
    fn iteration_random_start() {
        let mut m = M::new(map_of(int(), int()), 0);
        for i in 0..20i64 {
            m.set(i, i);
        }
        let firsts: HashSet<i64> = (0..200).map(|_| m.entries::<i64, i64>()[0].0).collect();
        assert!(firsts.len() > 3, "{firsts:?}");
    }

    #[test]
    fn delete_and_insert_during_iteration() {
        for round in 0..50 {
            let mut m = M::new(map_of(int(), int()), 0);
            let n = 1 + round * 37;
            for i in 0..n as i64 {
                m.set(i, i);
            }
            let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
            gust_mapiterinit(m.gp(), m.mt, m.m, it.as_mut_ptr());
            let mut seen = HashSet::new();
            let mut deleted = HashSet::new();
            let mut next_new = 1_000_000i64;
            while gust_mapiternext(it.as_mut_ptr()) == 1 {
                // SAFETY: initialised iterator; key points at an int.
                let k = unsafe { *((*it.as_ptr()).key as *const i64) };
                // SAFETY: as above.
                let v = unsafe { *((*it.as_ptr()).val as *const i64) };
                assert!(seen.insert(k), "key {k} produced twice");
                assert!(!deleted.contains(&k), "deleted key {k} produced");
                assert_eq!(m.get::<i64, i64>(k), Some(v));
                // Delete some not-yet-seen keys, insert new ones (forcing growth).
                for d in [k + 1, k + 7, k * 3] {
                    if d < n as i64 && !seen.contains(&d) {
                        m.del(d);
                        deleted.insert(d);
                    }
                }
                for _ in 0..3 {
                    m.set(next_new, next_new);
                    next_new += 1;
                }
                // Updating the current entry does not move it.
                m.set(k, v + 1);
            }
            // Every original key not deleted was produced.
            for i in 0..n as i64 {
                assert!(seen.contains(&i) || deleted.contains(&i), "key {i} missed");
            }
        }
    }

    #[test]
    fn clear_during_iteration_and_reuse() {
        let mut m = M::new(map_of(string(), int()), 0);
        for i in 0..100 {
            m.set(s(&i.to_string()), i as i64);
        }
        let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
        gust_mapiterinit(m.gp(), m.mt, m.m, it.as_mut_ptr());
        assert_eq!(gust_mapiternext(it.as_mut_ptr()), 1);
        gust_mapclear(m.gp(), m.mt, m.m);
        assert_eq!(gust_mapiternext(it.as_mut_ptr()), 0);
        assert_eq!(gust_mapiternext(it.as_mut_ptr()), 0);
        assert_eq!(m.len(), 0);
        for i in 0..100 {
            m.set(s(&i.to_string()), i as i64);
        }
        assert_eq!(m.len(), 100);
        assert_eq!(m.get::<_, i64>(s("42")), Some(42));
        // SAFETY: `m.m` is a live map.
        let e = unsafe { map_entries(m.m) };
        assert_eq!(e.len(), 100);
        // SAFETY: as above.
        assert_eq!(unsafe { map_len(m.m) }, 100);
        // SAFETY: as above.
        let (kt, vt) = unsafe { map_types(m.m) };
        assert_eq!((kt.name(), vt.name()), ("string", "int"));
    }

    #[test]
    fn tombstone_churn_stays_bounded() {
        let mut m = M::new(map_of(int(), int()), 0);
        for i in 0..1_000_000i64 {
            m.set(i, i);
            if i >= 10 {
                m.del(i - 10);
            }
        }
        assert_eq!(m.len(), 10);
        // SAFETY: `m.m` is a live map.
        assert!(unsafe { (*m.m).mask } < 64);
    }

    /// Wordcount-shaped load: 2M `m[w]++` over 200k distinct words, plus
    /// 2M int inserts. `cargo test --release -p gust-runtime -- --ignored`.
    #[test]
    #[ignore]
    fn bench_wordcount() {
        let words: Vec<GoString> = (0..200_000)
            .map(|i| s(&format!("word{}", i * 7919 % 1_000_003)))
            .collect();
        let mut c = M::new(map_of(string(), int()), 0);
        let t = std::time::Instant::now();
        let mut x: u64 = 1;
        for _ in 0..2_000_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = &words[(x >> 33) as usize % words.len()];
            let gp = c.gp();
            let p = gust_mapassign(gp, c.mt, c.m, k as *const GoString as *const u8) as *mut i64;
            // SAFETY: the value slot holds an int.
            unsafe { *p += 1 };
        }
        let d1 = t.elapsed();
        let t = std::time::Instant::now();
        let mut r: HashMap<&[u8], i64> = HashMap::new();
        x = 1;
        for _ in 0..2_000_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            *r.entry(words[(x >> 33) as usize % words.len()].as_bytes())
                .or_default() += 1;
        }
        let d2 = t.elapsed();
        assert_eq!(c.len(), r.len());
        let mut im = M::new(map_of(int(), int()), 0);
        let t = std::time::Instant::now();
        for i in 0..2_000_000i64 {
            im.set(i * 31, i);
        }
        let d3 = t.elapsed();
        eprintln!("gust string map {d1:?}, std HashMap {d2:?}, 2M int inserts {d3:?}");
    }
}
