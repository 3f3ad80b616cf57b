//! Memory layout and machine representation of Go types.
//!
//! Invariants:
//! - Sizes and alignments follow the amd64 Go ABI's memory layout: fields
//!   at offsets aligned to their alignment, struct size rounded up to the
//!   largest field alignment, `int`/`uint`/pointers 8 bytes.
//! - `Repr` says how a value travels in registers: scalars as one
//!   Cranelift value, strings/slices/interfaces as 2/3/2 words, structs and
//!   arrays in memory (`Mem`, passed by address).

use crate::types::{Basic, Kind, TypeId, Types};
use cranelift_codegen::ir::{types as ct, Type};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    Scalar(Type),
    /// ptr, len
    Str,
    /// ptr, len, cap
    Slice,
    /// tab, data
    Iface,
    /// Structs and arrays: values live in memory.
    Mem,
}

#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub repr: Repr,
}

impl Repr {
    /// The Cranelift types of the register words.
    pub fn words(self) -> &'static [Type] {
        const I64: &[Type] = &[ct::I64];
        const I64X2: &[Type] = &[ct::I64, ct::I64];
        const I64X3: &[Type] = &[ct::I64, ct::I64, ct::I64];
        match self {
            Repr::Scalar(ct::I8) => &[ct::I8],
            Repr::Scalar(ct::I16) => &[ct::I16],
            Repr::Scalar(ct::I32) => &[ct::I32],
            Repr::Scalar(ct::F32) => &[ct::F32],
            Repr::Scalar(ct::F64) => &[ct::F64],
            Repr::Scalar(_) => I64,
            Repr::Str | Repr::Iface => I64X2,
            Repr::Slice => I64X3,
            Repr::Mem => I64,
        }
    }
}

#[derive(Default)]
pub struct Layouts {
    cache: HashMap<TypeId, Layout>,
}

impl Layouts {
    pub fn of(&mut self, types: &Types, t: TypeId) -> Layout {
        if let Some(l) = self.cache.get(&t) {
            return *l;
        }
        let l = match types.ukind(t) {
            Kind::Basic(b) => {
                let (size, ty) = match b {
                    Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => (1, ct::I8),
                    Basic::Int16 | Basic::Uint16 => (2, ct::I16),
                    Basic::Int32 | Basic::Uint32 | Basic::UntypedRune => (4, ct::I32),
                    Basic::Float32 => (4, ct::F32),
                    Basic::Float64 | Basic::UntypedFloat => (8, ct::F64),
                    Basic::String | Basic::UntypedString => {
                        return self.put(
                            t,
                            Layout {
                                size: 16,
                                align: 8,
                                repr: Repr::Str,
                            },
                        )
                    }
                    _ => (8, ct::I64),
                };
                Layout {
                    size,
                    align: size,
                    repr: Repr::Scalar(ty),
                }
            }
            Kind::Pointer(_) | Kind::Map(..) | Kind::Chan(..) | Kind::Func(_) => Layout {
                size: 8,
                align: 8,
                repr: Repr::Scalar(ct::I64),
            },
            Kind::Slice(_) => Layout {
                size: 24,
                align: 8,
                repr: Repr::Slice,
            },
            Kind::Interface(_) => Layout {
                size: 16,
                align: 8,
                repr: Repr::Iface,
            },
            Kind::Array(n, e) => {
                let (n, e) = (*n, *e);
                let el = self.of(types, e);
                Layout {
                    size: el.size * n,
                    align: el.align,
                    repr: Repr::Mem,
                }
            }
            Kind::Struct(fs) => {
                let fs: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                let mut off = 0u64;
                let mut align = 1;
                for f in fs {
                    let fl = self.of(types, f);
                    off = off.div_ceil(fl.align) * fl.align;
                    off += fl.size;
                    align = align.max(fl.align);
                }
                Layout {
                    size: off.div_ceil(align) * align,
                    align,
                    repr: Repr::Mem,
                }
            }
            Kind::Tuple(_) | Kind::Invalid | Kind::Named(_) => Layout {
                size: 0,
                align: 1,
                repr: Repr::Mem,
            },
        };
        self.put(t, l)
    }

    fn put(&mut self, t: TypeId, l: Layout) -> Layout {
        self.cache.insert(t, l);
        l
    }

    /// Offsets of a struct's fields.
    pub fn field_offsets(&mut self, types: &Types, t: TypeId) -> Vec<u64> {
        let Kind::Struct(fs) = types.ukind(t) else {
            return vec![];
        };
        let fs: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
        let mut off = 0u64;
        let mut out = vec![];
        for f in fs {
            let fl = self.of(types, f);
            off = off.div_ceil(fl.align) * fl.align;
            out.push(off);
            off += fl.size;
        }
        out
    }

    /// Pointer bitmap of a value (bit i: word i holds a pointer).
    pub fn ptr_words(&mut self, types: &Types, t: TypeId, base: u64, out: &mut Vec<u64>) {
        match types.ukind(t) {
            Kind::Pointer(_) | Kind::Map(..) | Kind::Chan(..) | Kind::Func(_) | Kind::Slice(_) => {
                out.push(base / 8)
            }
            Kind::Basic(Basic::String) | Kind::Basic(Basic::UnsafePointer) => out.push(base / 8),
            Kind::Interface(_) => {
                out.push(base / 8);
                out.push(base / 8 + 1)
            }
            Kind::Array(n, e) => {
                let (n, e) = (*n, *e);
                let es = self.of(types, e).size;
                for i in 0..n.min(1 << 16) {
                    self.ptr_words(types, e, base + i * es, out);
                }
            }
            Kind::Struct(fs) => {
                let tys: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                let offs = self.field_offsets(types, t);
                for (ft, o) in tys.into_iter().zip(offs) {
                    self.ptr_words(types, ft, base + o, out);
                }
            }
            _ => {}
        }
    }
}
