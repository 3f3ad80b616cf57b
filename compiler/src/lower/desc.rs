//! Type descriptors, itabs and method sets, emitted as data objects in the
//! layout of `gust_runtime::abi::TypeDesc` (mirrored here by offsets).
//!
//! Invariants:
//! - One descriptor per `TypeId` per program: the runtime compares types
//!   by descriptor address.
//! - A descriptor's method table lists the method set of exactly its type
//!   (value receivers and promoted methods for `T`, all for `*T`), sorted
//!   by name, each entry pointing at an interface-entry wrapper that takes
//!   the interface data word as receiver, or null when no interface of the
//!   program has a method of that name (then no itab can need it: every
//!   interface reaching `get_itab` has its descriptor requested by the
//!   compiled code, and descriptors of concrete types are defined after
//!   all code is compiled). Error, String, GoString and Format always get
//!   code: the runtime and fmt call them by name.

use super::{Job, Key, Lower};
use crate::types::{Basic, Kind, TypeId, Types};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use std::collections::HashMap;

pub const DESC_SIZE: usize = 112;

pub use crate::check::members::{find_member, Member};

/// A type's name as Go's reflection prints it (`%T`): like the checker's
/// names, but with reflect's spacing for struct and interface literals
/// (`struct { A int }`, `interface {}`) and every package qualified.
pub fn rt_name(types: &Types, t: TypeId) -> String {
    match types.kind(t) {
        Kind::Named(_) | Kind::Basic(_) => types.name_in(t, ""),
        Kind::Pointer(e) => format!("*{}", rt_name(types, *e)),
        Kind::Slice(e) => format!("[]{}", rt_name(types, *e)),
        Kind::Array(n, e) => format!("[{n}]{}", rt_name(types, *e)),
        Kind::Map(k, v) => format!("map[{}]{}", rt_name(types, *k), rt_name(types, *v)),
        Kind::Chan(d, e) => {
            let inner = rt_name(types, *e);
            match d {
                crate::types::Dir::Both => {
                    if matches!(types.kind(*e), Kind::Chan(crate::types::Dir::Recv, _)) {
                        format!("chan ({inner})")
                    } else {
                        format!("chan {inner}")
                    }
                }
                crate::types::Dir::Send => format!("chan<- {inner}"),
                crate::types::Dir::Recv => format!("<-chan {inner}"),
            }
        }
        Kind::Func(s) => format!("func{}", sig_rt(types, s)),
        Kind::Struct(fs) => {
            if fs.is_empty() {
                return "struct {}".into();
            }
            let parts: Vec<String> = fs
                .iter()
                .map(|f| {
                    let mut p = if f.embedded {
                        rt_name(types, f.ty)
                    } else {
                        format!("{} {}", f.name, rt_name(types, f.ty))
                    };
                    if let Some(tag) = &f.tag {
                        p.push_str(&format!(" {:?}", String::from_utf8_lossy(tag)));
                    }
                    p
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        Kind::Interface(ms) => {
            if ms.is_empty() {
                return "interface {}".into();
            }
            let parts: Vec<String> = ms
                .iter()
                .map(|m| match types.kind(m.sig) {
                    Kind::Func(s) => format!("{}{}", m.name, sig_rt(types, s)),
                    _ => m.name.clone(),
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        _ => types.name_in(t, ""),
    }
}

fn sig_rt(types: &Types, s: &crate::types::Sig) -> String {
    let n = s.params.len();
    let ps: Vec<String> = s
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if s.variadic && i + 1 == n {
                match types.kind(*p) {
                    Kind::Slice(e) => format!("...{}", rt_name(types, *e)),
                    _ => rt_name(types, *p),
                }
            } else {
                rt_name(types, *p)
            }
        })
        .collect();
    let rs: Vec<String> = s.results.iter().map(|r| rt_name(types, *r)).collect();
    let res = match rs.len() {
        0 => String::new(),
        1 => format!(" {}", rs[0]),
        _ => format!(" ({})", rs.join(", ")),
    };
    format!("({}){res}", ps.join(", "))
}

/// Go's reflect.Kind of a type.
pub fn kind_of(types: &Types, t: TypeId) -> u8 {
    match types.ukind(t) {
        Kind::Basic(b) => match b {
            Basic::Bool | Basic::UntypedBool => 1,
            Basic::Int | Basic::UntypedInt => 2,
            Basic::Int8 => 3,
            Basic::Int16 => 4,
            Basic::Int32 | Basic::UntypedRune => 5,
            Basic::Int64 => 6,
            Basic::Uint => 7,
            Basic::Uint8 => 8,
            Basic::Uint16 => 9,
            Basic::Uint32 => 10,
            Basic::Uint64 => 11,
            Basic::Uintptr => 12,
            Basic::Float32 => 13,
            Basic::Float64 | Basic::UntypedFloat => 14,
            Basic::String | Basic::UntypedString => 24,
            Basic::UnsafePointer => 26,
            Basic::UntypedNil => 0,
        },
        Kind::Array(..) => 17,
        Kind::Chan(..) => 18,
        Kind::Func(_) => 19,
        Kind::Interface(_) => 20,
        Kind::Map(..) => 21,
        Kind::Pointer(_) => 22,
        Kind::Slice(_) => 23,
        Kind::Struct(_) => 25,
        _ => 0,
    }
}

pub fn is_direct(types: &Types, t: TypeId) -> bool {
    matches!(
        types.ukind(t),
        Kind::Pointer(_) | Kind::Map(..) | Kind::Chan(..) | Kind::Func(_)
    ) || types.basic_of(t) == Some(Basic::UnsafePointer)
}

impl<'p, M: Module> Lower<'p, M> {
    /// The descriptor of `t`, declared now and defined later.
    pub fn desc(&mut self, t: TypeId) -> DataId {
        if let Some(&d) = self.descs.get(&t) {
            return d;
        }
        let name = self.new_data_name("type");
        let id = self
            .m
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        self.descs.insert(t, id);
        self.desc_queue.push(t);
        if let Kind::Interface(_) = self.p.types.ukind(t) {
            for m in self.p.types.iface_methods(t) {
                self.iface_names.insert(m.name.clone());
            }
        }
        id
    }

    /// The method set of `t` (for interface satisfaction and descriptors):
    /// (name, signature type), sorted by name.
    pub fn method_set(&self, t: TypeId) -> Vec<(String, TypeId)> {
        let types = &self.p.types;
        if let Kind::Interface(ms) = types.ukind(t) {
            return ms.iter().map(|m| (m.name.clone(), m.sig)).collect();
        }
        // Named pointer types have no methods.
        if matches!(types.kind(t), Kind::Named(_)) && matches!(types.ukind(t), Kind::Pointer(_)) {
            return vec![];
        }
        let (base, is_ptr) = match types.kind(t) {
            // A pointer to an interface has no methods.
            Kind::Pointer(b) if types.is_interface(*b) => return vec![],
            Kind::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        let mut names: Vec<String> = vec![];
        collect_names(types, &self.p.methods, base, &mut names, &mut vec![]);
        names.sort();
        names.dedup();
        let mut out = vec![];
        for n in names {
            if let Some(Member::Method {
                sig,
                ptr_recv,
                via_ptr,
                ..
            }) = find_member(types, &self.p.methods, base, &n)
            {
                if ptr_recv && !is_ptr && !via_ptr {
                    continue;
                }
                out.push((n, sig));
            }
        }
        out
    }

    fn str_ref(&mut self, dd: &mut DataDescription, off: u32, s: &[u8]) {
        let sd = self.string_data(s);
        let gv = self.m.declare_data_in_data(sd, dd);
        dd.write_data_addr(off, gv, 0);
    }

    fn data_ref(&mut self, dd: &mut DataDescription, off: u32, d: DataId) {
        let gv = self.m.declare_data_in_data(d, dd);
        dd.write_data_addr(off, gv, 0);
    }

    /// The interface-entry wrapper of method `name` of `t`.
    pub fn iface_wrap(&mut self, t: TypeId, name: &str) -> cranelift_module::FuncId {
        let key = Key::IfaceWrap(t, name.to_string());
        if let Some(&f) = self.funcs.get(&key) {
            return f;
        }
        let Some(Member::Method { sig, .. }) = self.lookup_method(t, name) else {
            panic!("no method {name}");
        };
        let s = self.p.types.sig(sig).cloned().unwrap();
        let (csig, _) = self.signature(&s, Some(self.p.types.basic(Basic::UnsafePointer)), false);
        let fname = format!("{}.{}·i", self.p.types.name_in(t, ""), name);
        let fname = self.unique_name(&fname);
        let id = self
            .m
            .declare_function(&fname, Linkage::Local, &csig)
            .unwrap();
        self.funcs.insert(key, id);
        self.queue.push(Job::IfaceWrap(t, name.to_string()));
        id
    }

    pub fn lookup_method(&self, t: TypeId, name: &str) -> Option<Member> {
        let types = &self.p.types;
        let base = match types.kind(t) {
            Kind::Pointer(b) if !types.is_interface(*b) => *b,
            _ => t,
        };
        find_member(types, &self.p.methods, base, name)
    }

    /// A static itab for concrete type `t` in interface `i`.
    pub fn itab(&mut self, t: TypeId, i: TypeId) -> DataId {
        if let Some(&d) = self.itabs.get(&(t, i)) {
            return d;
        }
        let name = self.new_data_name("itab");
        let id = self
            .m
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        self.itabs.insert((t, i), id);
        let ms: Vec<String> = self
            .p
            .types
            .iface_methods(i)
            .iter()
            .map(|m| m.name.clone())
            .collect();
        let mut dd = DataDescription::new();
        dd.define_zeroinit(16 + 8 * ms.len());
        dd.set_align(8);
        let td = self.desc(t);
        self.data_ref(&mut dd, 0, td);
        let idd = self.desc(i);
        self.data_ref(&mut dd, 8, idd);
        for (k, m) in ms.iter().enumerate() {
            let f = self.iface_wrap(t, m);
            let fr = self.m.declare_func_in_data(f, &mut dd);
            dd.write_function_addr(16 + 8 * k as u32, fr);
        }
        self.m.define_data(id, &dd).unwrap();
        id
    }
}

fn collect_names(
    types: &Types,
    methods: &HashMap<(TypeId, String), (crate::check::ObjId, bool)>,
    t: TypeId,
    out: &mut Vec<String>,
    seen: &mut Vec<TypeId>,
) {
    let t = match types.ukind(t) {
        Kind::Pointer(b) => *b,
        _ => t,
    };
    if seen.contains(&t) {
        return;
    }
    seen.push(t);
    if let Some(nd) = types.named.get(&t) {
        for m in &nd.methods {
            out.push(m.0.clone());
        }
    }
    let _ = methods;
    match types.ukind(t) {
        Kind::Interface(ms) => out.extend(ms.iter().map(|m| m.name.clone())),
        Kind::Struct(fs) => {
            for f in fs.iter().filter(|f| f.embedded) {
                collect_names(types, methods, f.ty, out, seen);
            }
        }
        _ => {}
    }
}

/// Defines the descriptor data of `t` (declared by `desc`).
/// Whether a method table entry named `name` needs code.
pub fn method_needed(iface_names: &std::collections::HashSet<String>, name: &str) -> bool {
    matches!(name, "Error" | "String" | "GoString" | "Format") || iface_names.contains(name)
}

/// The types whose descriptors `define_desc(t)` refers to.
pub fn desc_deps(types: &Types, t: TypeId) -> Vec<TypeId> {
    match types.ukind(t) {
        Kind::Pointer(e) | Kind::Slice(e) | Kind::Array(_, e) | Kind::Chan(_, e) => vec![*e],
        Kind::Map(k, v) => vec![*v, *k],
        Kind::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
        _ => vec![],
    }
}

pub fn define_desc<M: Module>(l: &mut Lower<'_, M>, t: TypeId) {
    let id = l.descs[&t];
    let types = &l.p.types;
    let lay = l.lay.of(types, t);
    let kind = kind_of(types, t);
    let named = matches!(types.kind(t), Kind::Named(_) | Kind::Basic(_));
    let mut flags = 0u8;
    if types.comparable(t) {
        flags |= 1;
    }
    if is_direct(types, t) {
        flags |= 2;
    }
    if named {
        flags |= 4;
    }
    let mut ptrs = vec![];
    l.lay.ptr_words(types, t, 0, &mut ptrs);
    if ptrs.is_empty() {
        flags |= 8;
    }
    let name = rt_name(types, t);
    let pkg = match types.kind(t) {
        Kind::Named(n) => n.pkg.clone(),
        _ => String::new(),
    };
    let mut dd = DataDescription::new();
    let mut bytes = vec![0u8; DESC_SIZE];
    bytes[0..8].copy_from_slice(&lay.size.to_le_bytes());
    bytes[8..12].copy_from_slice(&(lay.align as u32).to_le_bytes());
    bytes[12] = kind;
    bytes[13] = flags;
    bytes[24..32].copy_from_slice(&(name.len() as u64).to_le_bytes());
    bytes[104..112].copy_from_slice(&(pkg.len() as u64).to_le_bytes());
    let (elem, key, len): (Option<TypeId>, Option<TypeId>, u64) = match types.ukind(t) {
        Kind::Pointer(e) | Kind::Slice(e) => (Some(*e), None, 0),
        Kind::Array(n, e) => (Some(*e), None, *n),
        Kind::Chan(d, e) => (
            Some(*e),
            None,
            match d {
                crate::types::Dir::Both => 0,
                crate::types::Dir::Send => 1,
                crate::types::Dir::Recv => 2,
            },
        ),
        Kind::Map(k, v) => (Some(*v), Some(*k), 0),
        _ => (None, None, 0),
    };
    bytes[48..56].copy_from_slice(&len.to_le_bytes());
    // Fields.
    let fields: Vec<(String, TypeId, bool)> = match types.ukind(t) {
        Kind::Struct(fs) => fs
            .iter()
            .map(|f| (f.name.clone(), f.ty, f.embedded))
            .collect(),
        _ => vec![],
    };
    bytes[64..72].copy_from_slice(&(fields.len() as u64).to_le_bytes());
    let methods = l.method_set(t);
    bytes[80..88].copy_from_slice(&(methods.len() as u64).to_le_bytes());
    dd.define(bytes.into_boxed_slice());
    dd.set_align(8);
    l.str_ref(&mut dd, 16, name.as_bytes());
    l.str_ref(&mut dd, 96, pkg.as_bytes());
    if let Some(e) = elem {
        let d = l.desc(e);
        l.data_ref(&mut dd, 32, d);
    }
    if let Some(k) = key {
        let d = l.desc(k);
        l.data_ref(&mut dd, 40, d);
    }
    if !fields.is_empty() {
        let offs = l.lay.field_offsets(&l.p.types, t);
        let fname = l.new_data_name("fields");
        let fid =
            l.m.declare_data(&fname, Linkage::Local, false, false)
                .unwrap();
        let mut fd = DataDescription::new();
        let mut fb2 = vec![0u8; 40 * fields.len()];
        for (i, (n, _, emb)) in fields.iter().enumerate() {
            fb2[40 * i + 8..40 * i + 16].copy_from_slice(&(n.len() as u64).to_le_bytes());
            fb2[40 * i + 24..40 * i + 32].copy_from_slice(&offs[i].to_le_bytes());
            fb2[40 * i + 32..40 * i + 40].copy_from_slice(&(*emb as u64).to_le_bytes());
        }
        fd.define(fb2.into_boxed_slice());
        fd.set_align(8);
        for (i, (n, ft, _)) in fields.iter().enumerate() {
            l.str_ref(&mut fd, 40 * i as u32, n.as_bytes());
            let d = l.desc(*ft);
            l.data_ref(&mut fd, 40 * i as u32 + 16, d);
        }
        l.m.define_data(fid, &fd).unwrap();
        l.data_ref(&mut dd, 56, fid);
    }
    if !methods.is_empty() {
        let mname = l.new_data_name("methods");
        let mid =
            l.m.declare_data(&mname, Linkage::Local, false, false)
                .unwrap();
        let mut md = DataDescription::new();
        md.set_align(8);
        let mut bytes = vec![0u8; 40 * methods.len()];
        for (i, (n, sig)) in methods.iter().enumerate() {
            let sig_text = rt_name(&l.p.types, *sig);
            bytes[40 * i + 8..40 * i + 16].copy_from_slice(&(n.len() as u64).to_le_bytes());
            bytes[40 * i + 24..40 * i + 32].copy_from_slice(&(sig_text.len() as u64).to_le_bytes());
        }
        md.define(bytes.into_boxed_slice());
        for (i, (n, sig)) in methods.iter().enumerate() {
            let sig_text = rt_name(&l.p.types, *sig);
            l.str_ref(&mut md, 40 * i as u32, n.as_bytes());
            l.str_ref(&mut md, 40 * i as u32 + 16, sig_text.as_bytes());
            if !l.p.types.is_interface(t) && method_needed(&l.iface_names, n) {
                let f = l.iface_wrap(t, n);
                let fr = l.m.declare_func_in_data(f, &mut md);
                md.write_function_addr(40 * i as u32 + 32, fr);
            }
        }
        l.m.define_data(mid, &md).unwrap();
        l.data_ref(&mut dd, 72, mid);
    }
    if !ptrs.is_empty() {
        // One bit per word of the whole value: the collector reads
        // `size / 8` bits.
        let words = (ptrs.iter().max().copied().unwrap_or(0) / 64 + 1)
            .max(l.lay.of(types, t).size.div_ceil(8).div_ceil(64));
        let mut bm = vec![0u64; words as usize];
        for w in ptrs {
            bm[(w / 64) as usize] |= 1 << (w % 64);
        }
        let bname = l.new_data_name("ptrmap");
        let bid =
            l.m.declare_data(&bname, Linkage::Local, false, false)
                .unwrap();
        let mut bd = DataDescription::new();
        let bytes: Vec<u8> = bm.iter().flat_map(|w| w.to_le_bytes()).collect();
        bd.define(bytes.into_boxed_slice());
        bd.set_align(8);
        l.m.define_data(bid, &bd).unwrap();
        l.data_ref(&mut dd, 88, bid);
    }
    l.m.define_data(id, &dd).unwrap();
}
