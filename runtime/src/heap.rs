//! The garbage-collected heap: pages, spans, size classes and the
//! per-worker allocation caches. The collector itself is `gc.rs`.
//!
//! Invariants:
//! - All heap objects live in one reserved `MAP_NORESERVE` arena cut into
//!   8 KiB pages. A span is a run of pages holding objects of one size
//!   class (or one large object); `PAGES[i]` names the span owning page i
//!   (null for free pages), so any address, interior ones included, maps to
//!   its object in O(1). Objects never move.
//! - A span is either cached by exactly one `MCache` (only that cache's
//!   thread allocates from it), or on its class's partial list, or full;
//!   it is in `SPANS` in every case. While the world is stopped the
//!   collector owns all of them.
//! - `alloc` bits say which slots hold objects (set at allocation, rebuilt
//!   from the mark bits by the sweep); `mark` bits are set only while the
//!   world is stopped and are all clear outside a collection.
//! - Every object is zeroed before it is handed out and carries its
//!   pointer layout: nothing for no-pointer ("noscan") spans, a bit per
//!   word (`hbits`) for objects up to `SMALL_SCAN` bytes, a descriptor word
//!   (`layouts`) for bigger ones. The layout is written before the object
//!   is returned, so the collector never reads an unwritten one.
//! - Memory of free page runs is returned to the OS (`MADV_DONTNEED`) when
//!   the idle part of the heap exceeds the live part; such pages read as
//!   zero, other reused pages are zeroed on reuse.

use crate::abi::TypeDesc;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::*};
use std::sync::{Mutex, OnceLock};

pub const PAGE_SHIFT: usize = 13;
pub const PAGE: usize = 1 << PAGE_SHIFT;
/// Objects above this size get a span of their own.
pub const MAX_SMALL: usize = 32 << 10;
/// Objects up to this size record their pointers as one bit per word.
pub const SMALL_SCAN: usize = 512;

/// Object sizes of the small classes (class 0 is unused: large objects).
/// Steps of 8 and 16 bytes up to 128, then about 20% apart; each class
/// fits its span with at most 1/8 of the span wasted (see `class_pages`).
pub const CLASS_SIZES: [usize; 43] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768,
    896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192, 10240,
    12288, 14336, 16384, 20480, 24576, 28672, 32768,
];
pub const NCLASS: usize = CLASS_SIZES.len();

/// Pages of a span of class `c`: the fewest (up to 8) with at most 1/8
/// of the span left over.
const fn class_pages(c: usize) -> usize {
    let size = CLASS_SIZES[c];
    let mut k = 1;
    while k < 8 {
        let bytes = k * PAGE;
        if bytes >= size && (bytes % size) * 8 <= bytes {
            return k;
        }
        k += 1;
    }
    k
}

/// Class of sizes 1..=1024 by `(size + 7) / 8`, and of 1025..=32768 by
/// `(size + 127) / 128`.
const fn build_small_table() -> [u8; 129] {
    let mut t = [0u8; 129];
    let mut i = 1;
    let mut c = 1;
    while i <= 128 {
        while CLASS_SIZES[c] < i * 8 {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}
const fn build_big_table() -> [u8; 257] {
    let mut t = [0u8; 257];
    let mut i = 9;
    let mut c = 1;
    while i <= 256 {
        while CLASS_SIZES[c] < i * 128 {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}
static SMALL_TABLE: [u8; 129] = build_small_table();
static BIG_TABLE: [u8; 257] = build_big_table();

/// Size class of a small object (`1 <= size <= MAX_SMALL`).
#[inline(always)]
pub fn size_class(size: usize) -> usize {
    if size <= 1024 {
        SMALL_TABLE[(size + 7) >> 3] as usize
    } else {
        BIG_TABLE[(size + 127) >> 7] as usize
    }
}

/// What the collector must scan in an object.
#[derive(Clone, Copy)]
pub enum Kind {
    /// No pointers.
    NoScan,
    /// An array of values of this type filling the object (a single value
    /// is an array of one).
    Typed(*const TypeDesc),
    /// Runtime-internal object whose layout the runtime does not describe:
    /// every word may be a pointer.
    Conservative,
}

/// `layouts` word of a conservatively scanned object (descriptors are
/// 8-aligned, so this is never a descriptor address).
pub const LAYOUT_CONSERVATIVE: usize = 1;

pub struct Span {
    pub base: usize,
    pub npages: usize,
    pub elemsize: usize,
    pub nelems: usize,
    /// `offset * div_mul >> 32 == offset / elemsize` for offsets inside
    /// the span (small classes; 0 for large spans, whose index is 0).
    div_mul: u64,
    /// Size class; 0 for a large object.
    pub class: usize,
    pub noscan: bool,
    /// Slots handed out since the last sweep hold garbage to zero.
    pub needzero: bool,
    pub alloc: Box<[u64]>,
    pub mark: Box<[u64]>,
    /// Pointer bit per word (scan spans of objects <= SMALL_SCAN).
    pub hbits: Box<[u64]>,
    /// Layout per object (scan spans of bigger objects): a descriptor
    /// address or `LAYOUT_CONSERVATIVE`.
    pub layouts: Box<[usize]>,
    pub nalloc: usize,
    /// Allocation cursor: word `cw` of `alloc`, with `cache` its free bits
    /// not yet handed out.
    cw: usize,
    cache: u64,
}

impl Span {
    fn new(base: usize, npages: usize, class: usize, noscan: bool, needzero: bool) -> Span {
        let (elemsize, nelems) = if class == 0 {
            (npages * PAGE, 1)
        } else {
            (CLASS_SIZES[class], npages * PAGE / CLASS_SIZES[class])
        };
        let words = nelems.div_ceil(64);
        let hbits = if !noscan && class != 0 && elemsize <= SMALL_SCAN {
            vec![0u64; (npages * PAGE / 8).div_ceil(64)].into_boxed_slice()
        } else {
            Box::new([])
        };
        let layouts = if !noscan && (class == 0 || elemsize > SMALL_SCAN) {
            vec![0usize; nelems].into_boxed_slice()
        } else {
            Box::new([])
        };
        let div_mul = if class == 0 {
            0
        } else {
            (u32::MAX as u64) / elemsize as u64 + 1
        };
        let mut s = Span {
            base,
            npages,
            elemsize,
            nelems,
            div_mul,
            class,
            noscan,
            needzero,
            alloc: vec![0u64; words].into_boxed_slice(),
            mark: vec![0u64; words].into_boxed_slice(),
            hbits,
            layouts,
            nalloc: 0,
            cw: 0,
            cache: 0,
        };
        s.reset_cursor();
        s
    }

    /// Restarts the allocation cursor at the first slot.
    pub fn reset_cursor(&mut self) {
        self.cw = 0;
        self.cache = self.free_bits(0);
    }

    fn free_bits(&self, w: usize) -> u64 {
        let mut f = !self.alloc[w];
        let end = self.nelems - w * 64;
        if end < 64 {
            f &= (1u64 << end) - 1;
        }
        f
    }

    /// Claims the next free slot.
    #[inline(always)]
    fn take(&mut self) -> Option<usize> {
        loop {
            if self.cache != 0 {
                let bit = self.cache.trailing_zeros() as usize;
                self.cache &= self.cache - 1;
                self.alloc[self.cw] |= 1 << bit;
                self.nalloc += 1;
                return Some(self.cw * 64 + bit);
            }
            if self.cw + 1 >= self.alloc.len() {
                return None;
            }
            self.cw += 1;
            self.cache = self.free_bits(self.cw);
        }
    }

    /// Slot of address `p` inside the span (a multiply, not a divide).
    #[inline(always)]
    pub fn index_of(&self, p: usize) -> usize {
        (((p - self.base) as u64 * self.div_mul) >> 32) as usize
    }

    #[inline(always)]
    pub fn is_allocated(&self, idx: usize) -> bool {
        self.alloc[idx >> 6] & (1 << (idx & 63)) != 0
    }

    /// Sets the mark bit of slot `idx`; false if it was already set.
    #[inline(always)]
    pub fn set_mark(&mut self, idx: usize) -> bool {
        let w = &mut self.mark[idx >> 6];
        let b = 1u64 << (idx & 63);
        if *w & b != 0 {
            return false;
        }
        *w |= b;
        true
    }

    /// Records the layout of the object in slot `idx`.
    #[inline(always)]
    fn set_layout(&mut self, idx: usize, kind: Kind) {
        if self.noscan {
            return;
        }
        if self.hbits.is_empty() {
            self.layouts[idx] = match kind {
                Kind::Typed(t) => t as usize,
                _ => LAYOUT_CONSERVATIVE,
            };
            return;
        }
        let words = self.elemsize / 8;
        let bits: u64 = match kind {
            // SAFETY: descriptors passed to the allocator are valid.
            Kind::Typed(t) => unsafe {
                if (*t).size as usize * 2 > self.elemsize {
                    // One value: its map as is (ptrmap is non-null for
                    // Typed, see alloc_typed).
                    *(*t).ptrmap
                } else {
                    replicate(&*t, words)
                }
            },
            _ => u64::MAX,
        };
        let bits = if words == 64 {
            bits
        } else {
            bits & ((1u64 << words) - 1)
        };
        let off = idx * words;
        let (w, b) = (off >> 6, off & 63);
        let mask = if words == 64 {
            u64::MAX
        } else {
            (1u64 << words) - 1
        };
        self.hbits[w] = (self.hbits[w] & !(mask << b)) | (bits << b);
        if b + words > 64 {
            let hi = 64 - b;
            self.hbits[w + 1] = (self.hbits[w + 1] & !(mask >> hi)) | (bits >> hi);
        }
    }

    /// Pointer bits of the object at word offset `off` (SMALL_SCAN spans).
    #[inline(always)]
    pub fn object_bits(&self, idx: usize) -> u64 {
        let words = self.elemsize / 8;
        let off = idx * words;
        let (w, b) = (off >> 6, off & 63);
        let mut bits = self.hbits[w] >> b;
        if b + words > 64 {
            bits |= self.hbits[w + 1] << (64 - b);
        }
        if words == 64 {
            bits
        } else {
            bits & ((1u64 << words) - 1)
        }
    }
}

/// The pointer bits of `words` words holding consecutive values of `t`.
fn replicate(t: &TypeDesc, words: usize) -> u64 {
    if t.ptrmap.is_null() || t.size < 8 {
        return 0;
    }
    let tw = (t.size / 8) as usize;
    // SAFETY: a descriptor's pointer map covers its words; types that fit
    // a small object have at most 64 words, so one map word.
    let p = unsafe { *t.ptrmap };
    let mut bits = 0u64;
    let mut k = 0;
    while k + tw <= words {
        bits |= p << k;
        k += tw;
    }
    bits
}

/// A worker's allocation cache: one current span per (class, noscan).
pub struct MCache {
    spans: [*mut Span; NCLASS * 2],
    /// Bytes and objects handed out and not yet added to the totals.
    pub local_bytes: usize,
    pub local_count: usize,
    /// `GODEBUG=gcstress`: allocations left before a forced collection.
    pub stress_left: u64,
}

// SAFETY: an MCache is used by one thread at a time (its worker, or the
// collector while the world is stopped, or holders of `SHARED_CACHE`).
unsafe impl Send for MCache {}

impl Default for MCache {
    fn default() -> Self {
        Self::new()
    }
}

impl MCache {
    pub const fn new() -> MCache {
        MCache {
            spans: [std::ptr::null_mut(); NCLASS * 2],
            local_bytes: 0,
            local_count: 0,
            stress_left: 0,
        }
    }

    /// Fast path: a slot from the cached span, or None.
    #[inline(always)]
    pub fn try_alloc(&mut self, size: usize, kind: Kind) -> Option<*mut u8> {
        let class = size_class(size);
        let noscan = matches!(kind, Kind::NoScan);
        let s = self.spans[class * 2 + noscan as usize];
        if s.is_null() {
            return None;
        }
        // SAFETY: a cached span is owned by this cache (module invariant).
        let s = unsafe { &mut *s };
        let idx = s.take()?;
        let p = s.base + idx * s.elemsize;
        if s.needzero {
            // SAFETY: the slot lies inside the span, which is heap memory
            // owned by this cache; nobody else references a free slot.
            unsafe {
                if s.elemsize <= 64 {
                    let w = p as *mut u64;
                    for i in 0..s.elemsize / 8 {
                        w.add(i).write(0);
                    }
                } else {
                    std::ptr::write_bytes(p as *mut u8, 0, s.elemsize)
                }
            }
        }
        s.set_layout(idx, kind);
        self.local_bytes += s.elemsize;
        self.local_count += 1;
        Some(p as *mut u8)
    }

    /// Replaces the exhausted span of (class of `size`, `noscan`).
    pub fn refill(&mut self, size: usize, noscan: bool) {
        let class = size_class(size);
        let i = class * 2 + noscan as usize;
        self.spans[i] = std::ptr::null_mut();
        let h = heap();
        let s = {
            let mut p = h.partial[i].lock().unwrap_or_else(|e| e.into_inner());
            p.pop()
        };
        let s = match s {
            Some(s) => s,
            None => new_span(class_pages(class), class, noscan),
        };
        // SAFETY: a span taken off the partial list (or new) is owned by
        // no cache; it becomes this one's.
        unsafe { (*s).reset_cursor() };
        self.spans[i] = s;
    }

    /// Drops every cached span (the collector does this before marking)
    /// and moves the local counts to the totals.
    pub fn flush(&mut self) {
        self.spans = [std::ptr::null_mut(); NCLASS * 2];
        self.flush_counts();
    }

    pub fn flush_counts(&mut self) {
        let h = heap();
        h.allocated.fetch_add(self.local_bytes as u64, Relaxed);
        h.total_alloc.fetch_add(self.local_bytes as u64, Relaxed);
        h.mallocs.fetch_add(self.local_count as u64, Relaxed);
        self.local_bytes = 0;
        self.local_count = 0;
    }
}

/// Free page runs: by start (for coalescing) and by size (best fit).
#[derive(Default)]
struct PageHeap {
    /// start page -> (pages, released to the OS)
    runs: BTreeMap<usize, (usize, bool)>,
    by_size: BTreeSet<(usize, usize)>,
    /// Pages never handed out start here.
    fresh: usize,
    free_pages: usize,
    released_pages: usize,
}

impl PageHeap {
    fn insert(&mut self, start: usize, n: usize, released: bool) {
        self.runs.insert(start, (n, released));
        self.by_size.insert((n, start));
        self.free_pages += n;
        if released {
            self.released_pages += n;
        }
    }

    fn remove(&mut self, start: usize) -> (usize, bool) {
        let (n, rel) = self.runs.remove(&start).expect("free run");
        self.by_size.remove(&(n, start));
        self.free_pages -= n;
        if rel {
            self.released_pages -= n;
        }
        (n, rel)
    }

    /// `n` pages: (first page, whether they may hold old data).
    fn alloc(&mut self, n: usize, limit: usize) -> Option<(usize, bool)> {
        if let Some(&(size, start)) = self.by_size.range((n, 0)..).next() {
            let (_, rel) = self.remove(start);
            if size > n {
                self.insert(start + n, size - n, rel);
            }
            return Some((start, !rel));
        }
        if self.fresh + n > limit {
            return None;
        }
        let s = self.fresh;
        self.fresh += n;
        Some((s, false))
    }

    /// Returns pages (dirty: they may hold old objects). Neighbouring
    /// runs merge; a merged run counts as dirty, so it is zeroed on reuse.
    fn free(&mut self, mut start: usize, mut n: usize) {
        if let Some((&ps, &(pn, _))) = self.runs.range(..start).next_back() {
            if ps + pn == start {
                self.remove(ps);
                start = ps;
                n += pn;
            }
        }
        if let Some(&(nn, _)) = self.runs.get(&(start + n)) {
            self.remove(start + n);
            n += nn;
        }
        self.insert(start, n, false);
    }
}

pub struct Heap {
    pub lo: usize,
    pub hi: usize,
    /// Span of each page (null: free).
    pages: *mut *mut Span,
    npages: usize,
    pageheap: Mutex<PageHeap>,
    /// Every span in use.
    pub spans: Mutex<Vec<*mut Span>>,
    /// Spans with free slots, per (class, noscan).
    partial: Vec<Mutex<Vec<*mut Span>>>,
    /// Bytes of objects allocated since the last collection plus those
    /// that survived it (flushed from the caches).
    pub allocated: AtomicU64,
    pub total_alloc: AtomicU64,
    pub mallocs: AtomicU64,
    pub frees: AtomicU64,
    /// Collect when `allocated` reaches this.
    pub goal: AtomicU64,
    pub in_use_pages: AtomicUsize,
}

// SAFETY: the raw pointers are guarded by the mutexes beside them or by
// the stop-the-world protocol (module invariants).
unsafe impl Sync for Heap {}
unsafe impl Send for Heap {}

/// Smallest heap goal (as Go's 4 MB).
pub const MIN_GOAL: u64 = 4 << 20;

pub fn heap() -> &'static Heap {
    static H: OnceLock<Heap> = OnceLock::new();
    H.get_or_init(|| {
        let mut size: usize = 256 << 30;
        loop {
            let npages = size >> PAGE_SHIFT;
            if let (Some(lo), Some(pt)) = (
                crate::stack::map_noreserve(size),
                crate::stack::map_noreserve(npages * 8),
            ) {
                let mut partial = Vec::with_capacity(NCLASS * 2);
                for _ in 0..NCLASS * 2 {
                    partial.push(Mutex::new(Vec::new()));
                }
                return Heap {
                    lo,
                    hi: lo + size,
                    pages: pt as *mut *mut Span,
                    npages,
                    pageheap: Mutex::new(PageHeap::default()),
                    spans: Mutex::new(Vec::new()),
                    partial,
                    allocated: AtomicU64::new(0),
                    total_alloc: AtomicU64::new(0),
                    mallocs: AtomicU64::new(0),
                    frees: AtomicU64::new(0),
                    goal: AtomicU64::new(MIN_GOAL),
                    in_use_pages: AtomicUsize::new(0),
                };
            }
            size /= 2;
            if size < (1 << 30) {
                crate::panic::fatal("runtime: cannot reserve the heap");
            }
        }
    })
}

/// A new span of `npages` pages, registered in `SPANS` and the page table.
fn new_span(npages: usize, class: usize, noscan: bool) -> *mut Span {
    let h = heap();
    let (start, dirty) = {
        let mut ph = h.pageheap.lock().unwrap_or_else(|e| e.into_inner());
        match ph.alloc(npages, h.npages) {
            Some(x) => x,
            None => {
                drop(ph);
                crate::panic::fatal("runtime: out of memory")
            }
        }
    };
    let base = h.lo + (start << PAGE_SHIFT);
    if dirty && class == 0 {
        // SAFETY: the pages were just taken off the free runs; nothing
        // references them.
        unsafe { std::ptr::write_bytes(base as *mut u8, 0, npages * PAGE) };
    }
    let s = Box::into_raw(Box::new(Span::new(
        base,
        npages,
        class,
        noscan,
        dirty && class != 0,
    )));
    for i in 0..npages {
        // SAFETY: `start + i` is below `h.npages` (checked by the page
        // heap), inside the page table.
        unsafe { *h.pages.add(start + i) = s };
    }
    h.in_use_pages.fetch_add(npages, Relaxed);
    h.spans.lock().unwrap_or_else(|e| e.into_inner()).push(s);
    s
}

/// A large object (> MAX_SMALL) in a span of its own.
pub fn alloc_large(size: usize, kind: Kind) -> *mut u8 {
    let noscan = matches!(kind, Kind::NoScan);
    let s = new_span(size.div_ceil(PAGE), 0, noscan);
    // SAFETY: the span is new and ours until returned.
    let sp = unsafe { &mut *s };
    let idx = sp.take().expect("a large span has one slot");
    sp.set_layout(idx, kind);
    let h = heap();
    let bytes = sp.elemsize as u64;
    h.allocated.fetch_add(bytes, Relaxed);
    h.total_alloc.fetch_add(bytes, Relaxed);
    h.mallocs.fetch_add(1, Relaxed);
    sp.base as *mut u8
}

/// The span and slot of the object containing address `p`, if `p` points
/// into an allocated object.
///
/// # Safety
/// Only while the world is stopped (spans may be freed otherwise).
#[inline(always)]
pub unsafe fn find_object(h: &Heap, p: usize) -> Option<(*mut Span, usize)> {
    if p < h.lo || p >= h.hi {
        return None;
    }
    let page = (p - h.lo) >> PAGE_SHIFT;
    // SAFETY: `page < npages` because `p < hi`.
    let s = unsafe { *h.pages.add(page) };
    if s.is_null() {
        return None;
    }
    // SAFETY: spans in the page table are live (caller contract).
    let sp = unsafe { &*s };
    let idx = sp.index_of(p);
    if idx >= sp.nelems || !sp.is_allocated(idx) {
        return None;
    }
    Some((s, idx))
}

/// Sweeps every span after marking: unmarked objects become free slots,
/// empty spans return their pages. Returns (live bytes, freed objects).
///
/// # Safety
/// Only while the world is stopped, after every cache was flushed.
pub unsafe fn sweep(h: &Heap) -> (u64, u64) {
    let mut live = 0u64;
    let mut freed = 0u64;
    for p in &h.partial {
        p.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
    let mut spans = h.spans.lock().unwrap_or_else(|e| e.into_inner());
    let mut ph = h.pageheap.lock().unwrap_or_else(|e| e.into_inner());
    let mut keep = Vec::with_capacity(spans.len());
    for &s in spans.iter() {
        // SAFETY: spans in the list are live and, with the world stopped,
        // ours alone.
        let sp = unsafe { &mut *s };
        let n: usize = sp.mark.iter().map(|w| w.count_ones() as usize).sum();
        freed += (sp.nalloc - n.min(sp.nalloc)) as u64;
        if n == 0 {
            let start = (sp.base - h.lo) >> PAGE_SHIFT;
            for i in 0..sp.npages {
                // SAFETY: the span's pages are inside the page table.
                unsafe { *h.pages.add(start + i) = std::ptr::null_mut() };
            }
            ph.free(start, sp.npages);
            h.in_use_pages.fetch_sub(sp.npages, Relaxed);
            // SAFETY: the span came from Box::into_raw in `new_span` and
            // is referenced from nowhere else now.
            drop(unsafe { Box::from_raw(s) });
            continue;
        }
        live += (n * sp.elemsize) as u64;
        if n < sp.nalloc {
            sp.needzero = true;
        }
        sp.alloc.copy_from_slice(&sp.mark);
        sp.mark.iter_mut().for_each(|w| *w = 0);
        sp.nalloc = n;
        if sp.class != 0 && n < sp.nelems {
            h.partial[sp.class * 2 + sp.noscan as usize]
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(s);
        }
        keep.push(s);
    }
    *spans = keep;
    // Return idle memory when it exceeds the live heap.
    let idle = (ph.free_pages - ph.released_pages) << PAGE_SHIFT;
    if idle as u64 > live.max(MIN_GOAL) {
        let runs: Vec<(usize, usize)> = ph
            .runs
            .iter()
            .filter(|(_, &(_, rel))| !rel)
            .map(|(&s, &(n, _))| (s, n))
            .collect();
        for (s, n) in runs {
            ph.remove(s);
            // SAFETY: free pages of the arena: no object lives there.
            unsafe {
                libc::madvise(
                    (h.lo + (s << PAGE_SHIFT)) as *mut libc::c_void,
                    n << PAGE_SHIFT,
                    libc::MADV_DONTNEED,
                );
            }
            ph.insert(s, n, true);
        }
    }
    (live, freed)
}

/// Page counts for `ReadMemStats`: (in use, free, released, ever used).
pub fn page_stats() -> (usize, usize, usize, usize) {
    let h = heap();
    let ph = h.pageheap.lock().unwrap_or_else(|e| e.into_inner());
    (
        h.in_use_pages.load(Relaxed),
        ph.free_pages,
        ph.released_pages,
        ph.fresh,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_every_small_size() {
        for size in 1..=MAX_SMALL {
            let c = size_class(size);
            assert!(CLASS_SIZES[c] >= size, "size {size} class {c}");
            assert!(c == 1 || CLASS_SIZES[c - 1] < size, "size {size} not tight");
        }
        for c in 1..NCLASS {
            let bytes = class_pages(c) * PAGE;
            assert!(bytes >= CLASS_SIZES[c]);
            assert!((bytes % CLASS_SIZES[c]) * 8 <= bytes, "class {c} wastes");
        }
    }

    #[test]
    fn index_by_multiply_matches_division() {
        for c in 1..NCLASS {
            let size = CLASS_SIZES[c];
            let div_mul = (u32::MAX as u64) / size as u64 + 1;
            for off in (0..class_pages(c) * PAGE).step_by(7) {
                assert_eq!(
                    ((off as u64 * div_mul) >> 32) as usize,
                    off / size,
                    "class {c}"
                );
            }
        }
    }

    #[test]
    fn page_heap_reuses_and_coalesces() {
        let mut ph = PageHeap::default();
        let a = ph.alloc(3, 100).unwrap();
        let b = ph.alloc(2, 100).unwrap();
        assert_eq!((a, b), ((0, false), (3, false)));
        ph.free(0, 3);
        ph.free(3, 2);
        assert_eq!(ph.runs.len(), 1);
        assert_eq!(ph.alloc(5, 100), Some((0, true)));
        assert_eq!(ph.alloc(95, 100), Some((5, false)));
        assert_eq!(ph.alloc(1, 100), None);
    }
}
