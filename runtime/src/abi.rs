//! The data layouts shared by compiled code and the runtime.
//!
//! Invariants (the lowering in `compiler/src/lower` emits exactly these):
//! - A Go `string` is `GoString { ptr, len }`: two words, bytes immutable,
//!   `ptr` may be null when `len == 0`.
//! - A slice is `GoSlice { ptr, len, cap }`: three words.
//! - An interface is two words `{ tab, data }`. For the empty interface
//!   `tab` is the dynamic type's `TypeDesc` (null for nil); for a non-empty
//!   interface it is an `Itab` (null for nil) whose first word is the
//!   dynamic type. `data` is the value itself when the dynamic type is
//!   pointer-shaped (`TypeDesc::FLAG_DIRECT`: pointers, maps, channels,
//!   funcs, unsafe.Pointer), otherwise a pointer to an immutable heap copy.
//! - A func value is a pointer to a closure object whose first word is the
//!   code address; the code takes `(gp, closure, params...)`.
//! - Every Go type that the runtime may see has exactly one `TypeDesc` per
//!   program, so type identity is pointer equality.
//! - Every runtime entry point is `extern "C"` (SysV) and takes the current
//!   goroutine `*mut G` first when it may panic, allocate or block.

use std::ptr;

/// reflect.Kind numbering.
pub mod kind {
    pub const INVALID: u8 = 0;
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: isize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: ptr::null(),
        len: 0,
    };
    /// The bytes of the string.
    pub fn as_bytes<'a>(self) -> &'a [u8] {
        if self.len == 0 {
            &[]
        } else {
            // SAFETY: compiled code and the runtime only build strings whose
            // `ptr` points at `len` initialised bytes that are never written
            // again and that live as long as the program (no collector
            // frees memory yet; the GC will keep them alive while reachable).
            unsafe { std::slice::from_raw_parts(self.ptr, self.len as usize) }
        }
    }
    /// A string that refers to static bytes.
    pub const fn from_static(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len() as isize,
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: isize,
    pub cap: isize,
}

impl GoSlice {
    pub const NIL: GoSlice = GoSlice {
        ptr: ptr::null_mut(),
        len: 0,
        cap: 0,
    };
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Iface {
    pub tab: *const u8,
    pub data: *mut u8,
}

impl Iface {
    pub const NIL: Iface = Iface {
        tab: ptr::null(),
        data: ptr::null_mut(),
    };
}

/// A type descriptor: everything the runtime needs to allocate, compare,
/// hash, print and convert values of one Go type.
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// Size in bytes of a value.
    pub size: u64,
    pub align: u32,
    /// One of `kind::*`.
    pub kind: u8,
    /// `FLAG_*` bits.
    pub flags: u8,
    pub _pad: u16,
    /// Go's `%T` text, e.g. `main.Point`, `[]int`, `map[string]int`.
    pub name: GoString,
    /// Element type: pointer base, slice/array/chan element, map value.
    pub elem: *const TypeDesc,
    /// Map key type.
    pub key: *const TypeDesc,
    /// Array length; channel direction for channels (0 both, 1 send, 2 recv).
    pub len: u64,
    /// Struct fields in declaration order.
    pub fields: *const FieldDesc,
    pub nfields: u64,
    /// Methods sorted by name. For a concrete type: its method set (of `T`
    /// for a `T` descriptor, of `*T` for a `*T` descriptor), each with a
    /// function taking the interface data word as receiver. For an interface
    /// type: the methods it requires (`ifn` is null).
    pub methods: *const MethodDesc,
    pub nmethods: u64,
    /// Pointer bitmap: bit i set when word i of a value holds a pointer.
    /// Null when the type holds no pointers.
    pub ptrmap: *const u64,
    /// Package path for named types ("" otherwise); `%v` of unexported
    /// fields does not need it, `errors.As` and `%#v` print it.
    pub pkg: GoString,
}

// SAFETY: descriptors are immutable after creation and point only at other
// immutable descriptors and static bytes.
unsafe impl Sync for TypeDesc {}
unsafe impl Send for TypeDesc {}

impl TypeDesc {
    /// Values are comparable with `==` (Go's comparable types).
    pub const FLAG_COMPARABLE: u8 = 1;
    /// Stored directly in an interface's data word.
    pub const FLAG_DIRECT: u8 = 2;
    /// Declared with a name (`type T ...` or predeclared).
    pub const FLAG_NAMED: u8 = 4;
    /// Values contain no pointers.
    pub const FLAG_NOPTR: u8 = 8;

    pub fn fields(&self) -> &[FieldDesc] {
        if self.nfields == 0 {
            &[]
        } else {
            // SAFETY: the emitter writes `nfields` descriptors at `fields`.
            unsafe { std::slice::from_raw_parts(self.fields, self.nfields as usize) }
        }
    }
    pub fn methods(&self) -> &[MethodDesc] {
        if self.nmethods == 0 {
            &[]
        } else {
            // SAFETY: the emitter writes `nmethods` descriptors at `methods`.
            unsafe { std::slice::from_raw_parts(self.methods, self.nmethods as usize) }
        }
    }
    pub fn elem(&self) -> &TypeDesc {
        // SAFETY: `elem` is set for every kind that has an element type and
        // callers only ask for it on those kinds.
        unsafe { &*self.elem }
    }
    pub fn key(&self) -> &TypeDesc {
        // SAFETY: as for `elem`, for maps.
        unsafe { &*self.key }
    }
    pub fn name(&self) -> &str {
        std::str::from_utf8(self.name.as_bytes()).unwrap_or("?")
    }
    pub fn is_direct(&self) -> bool {
        self.flags & Self::FLAG_DIRECT != 0
    }
    pub fn is_named(&self) -> bool {
        self.flags & Self::FLAG_NAMED != 0
    }
    pub fn comparable(&self) -> bool {
        self.flags & Self::FLAG_COMPARABLE != 0
    }
    pub fn find_method(&self, name: &[u8]) -> Option<&MethodDesc> {
        self.methods().iter().find(|m| m.name.as_bytes() == name)
    }
}

#[repr(C)]
#[derive(Debug)]
pub struct FieldDesc {
    pub name: GoString,
    pub typ: *const TypeDesc,
    pub offset: u64,
    /// 1 when the field is embedded.
    pub embedded: u64,
}

impl FieldDesc {
    pub fn typ(&self) -> &TypeDesc {
        // SAFETY: every field descriptor points at its type's descriptor.
        unsafe { &*self.typ }
    }
    pub fn exported(&self) -> bool {
        self.name
            .as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_uppercase())
    }
}

#[repr(C)]
#[derive(Debug)]
pub struct MethodDesc {
    pub name: GoString,
    /// The signature's text without receiver (`func(int) string`): method
    /// identity for dynamic interface checks.
    pub sig: GoString,
    /// Code taking `(gp, data word, params...)`; null in interface types.
    pub ifn: *const u8,
}

/// A non-empty interface's method table for one dynamic type.
#[repr(C)]
pub struct Itab {
    pub typ: *const TypeDesc,
    pub iface: *const TypeDesc,
    /// `fns[i]` implements the interface's i-th method (sorted by name);
    /// the array is as long as the interface's method list.
    pub fns: [*const u8; 0],
}
