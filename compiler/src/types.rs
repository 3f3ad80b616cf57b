//! Go types, interned in one table.
//!
//! Invariants:
//! - A `TypeId` indexes `Types::kinds`; structural types (pointer, slice,
//!   map, chan, func, struct, interface, tuple, array) are hash-consed, so two
//!   identical types have the same id and identity is `==` on ids.
//! - Every named type (declared with `type T ...`, or predeclared like `int`)
//!   has its own id; its underlying type is set once resolved.
//! - `INVALID` is the type of erroneous expressions: every check accepts it
//!   silently so that one mistake produces one diagnostic.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    /// Size in bits of a sized integer type (int and uint are 64-bit).
    pub fn int_bits(self) -> Option<(u32, bool)> {
        use Basic::*;
        Some(match self {
            Int | Int64 => (64, true),
            Int8 => (8, true),
            Int16 => (16, true),
            Int32 => (32, true),
            Uint | Uint64 | Uintptr => (64, false),
            Uint8 => (8, false),
            Uint16 => (16, false),
            Uint32 => (32, false),
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    Both,
    Send,
    Recv,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<Vec<u8>>,
    /// Package of an unexported field ("" for exported ones), for identity.
    pub pkg: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    /// A `Func` type without the receiver.
    pub sig: TypeId,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Kind {
    Invalid,
    Basic(Basic),
    Named(Box<NamedInfo>),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(Dir, TypeId),
    Func(Sig),
    Struct(Vec<Field>),
    /// Methods sorted by name, embedded interfaces already flattened.
    Interface(Vec<Method>),
    /// The result list of a multi-value call.
    Tuple(Vec<TypeId>),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NamedInfo {
    pub name: String,
    /// Package path ("" for predeclared types, "main" for the program).
    pub pkg: String,
    /// Unique per declaration (distinguishes local types with equal names).
    pub decl: u32,
}

#[derive(Debug, Clone)]
pub struct NamedData {
    pub underlying: TypeId,
    /// Declared methods: name -> (function object index, pointer receiver).
    pub methods: Vec<(String, TypeId, bool)>,
}

pub const INVALID: TypeId = TypeId(0);

pub struct Types {
    pub kinds: Vec<Kind>,
    dedup: HashMap<Kind, TypeId>,
    /// Underlying types and methods of named types, by id.
    pub named: HashMap<TypeId, NamedData>,
    next_decl: u32,
    pub basics: HashMap<Basic, TypeId>,
    pub error_type: TypeId,
    pub any: TypeId,
    pub empty_tuple: TypeId,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Self {
        let mut t = Types {
            kinds: vec![Kind::Invalid],
            dedup: HashMap::new(),
            named: HashMap::new(),
            next_decl: 0,
            basics: HashMap::new(),
            error_type: INVALID,
            any: INVALID,
            empty_tuple: INVALID,
        };
        use Basic::*;
        for b in [
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedString,
            UntypedNil,
        ] {
            let id = t.intern(Kind::Basic(b));
            t.basics.insert(b, id);
        }
        t.any = t.intern(Kind::Interface(vec![]));
        t.empty_tuple = t.intern(Kind::Tuple(vec![]));
        // type error interface { Error() string }
        let string = t.basic(String);
        let sig = t.intern(Kind::Func(Sig {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let iface = t.intern(Kind::Interface(vec![Method {
            name: "Error".into(),
            sig,
        }]));
        let err = t.new_named("error", "");
        t.set_underlying(err, iface);
        t.error_type = err;
        t
    }

    pub fn intern(&mut self, k: Kind) -> TypeId {
        if let Some(&id) = self.dedup.get(&k) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.dedup.insert(k, id);
        id
    }

    pub fn basic(&self, b: Basic) -> TypeId {
        self.basics[&b]
    }

    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        self.next_decl += 1;
        let k = Kind::Named(Box::new(NamedInfo {
            name: name.to_string(),
            pkg: pkg.to_string(),
            decl: self.next_decl,
        }));
        let id = self.intern(k);
        self.named.insert(
            id,
            NamedData {
                underlying: INVALID,
                methods: vec![],
            },
        );
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, u: TypeId) {
        let u = self.underlying(u);
        if let Some(d) = self.named.get_mut(&named) {
            d.underlying = u;
        }
    }

    pub fn kind(&self, t: TypeId) -> &Kind {
        &self.kinds[t.0 as usize]
    }

    /// The underlying type: itself for unnamed types, the resolved
    /// underlying for named ones.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            Kind::Named(_) => self.named.get(&t).map(|d| d.underlying).unwrap_or(INVALID),
            _ => t,
        }
    }

    pub fn ukind(&self, t: TypeId) -> &Kind {
        self.kind(self.underlying(t))
    }

    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.ukind(t) {
            Kind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), Kind::Named(_))
            || matches!(self.kind(t), Kind::Basic(b) if !b.is_untyped())
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), Kind::Basic(b) if b.is_untyped())
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::Interface(_))
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Kind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Kind::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Kind::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Kind::Func(Sig {
            params,
            results,
            variadic,
        }))
    }

    /// Go's comparable rule (`==` defined), ignoring interface dynamic panics.
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            Kind::Invalid => true,
            Kind::Basic(b) => *b != Basic::UntypedNil,
            Kind::Pointer(_) | Kind::Chan(..) | Kind::Interface(_) => true,
            Kind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            Kind::Array(_, e) => self.comparable(*e),
            _ => false,
        }
    }

    /// Type name as Go prints it in messages and `%T`.
    pub fn name(&self, t: TypeId) -> String {
        self.name_in(t, "main")
    }

    /// Like `name`, qualifying named types outside package `local`.
    pub fn name_in(&self, t: TypeId, local: &str) -> String {
        match self.kind(t) {
            Kind::Invalid => "invalid type".into(),
            Kind::Basic(b) => b.name().into(),
            Kind::Named(n) => {
                // Go leaves the package being checked unqualified.
                if n.pkg.is_empty() || n.pkg == local {
                    n.name.clone()
                } else {
                    let short = n.pkg.rsplit('/').next().unwrap_or(&n.pkg);
                    format!("{short}.{}", n.name)
                }
            }
            Kind::Pointer(e) => format!("*{}", self.name_in(*e, local)),
            Kind::Slice(e) => format!("[]{}", self.name_in(*e, local)),
            Kind::Array(n, e) => format!("[{n}]{}", self.name_in(*e, local)),
            Kind::Map(k, v) => format!(
                "map[{}]{}",
                self.name_in(*k, local),
                self.name_in(*v, local)
            ),
            Kind::Chan(d, e) => {
                let inner = self.name_in(*e, local);
                match d {
                    Dir::Both => {
                        if matches!(self.kind(*e), Kind::Chan(Dir::Recv, _)) {
                            format!("chan ({inner})")
                        } else {
                            format!("chan {inner}")
                        }
                    }
                    Dir::Send => format!("chan<- {inner}"),
                    Dir::Recv => format!("<-chan {inner}"),
                }
            }
            Kind::Func(s) => format!("func{}", self.sig_text(s, local)),
            Kind::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        let mut s = if f.embedded {
                            self.name_in(f.ty, local)
                        } else {
                            format!("{} {}", f.name, self.name_in(f.ty, local))
                        };
                        if let Some(tag) = &f.tag {
                            s.push_str(&format!(" {:?}", String::from_utf8_lossy(tag)));
                        }
                        s
                    })
                    .collect();
                format!("struct{{{}}}", parts.join("; "))
            }
            Kind::Interface(ms) => {
                if ms.is_empty() {
                    return "interface {}".into();
                }
                let parts: Vec<String> = ms
                    .iter()
                    .map(|m| match self.kind(m.sig) {
                        Kind::Func(s) => format!("{}{}", m.name, self.sig_text(s, local)),
                        _ => m.name.clone(),
                    })
                    .collect();
                format!("interface {{{}}}", parts.join("; "))
            }
            Kind::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.name_in(*t, local)).collect();
                format!("({})", parts.join(", "))
            }
        }
    }

    pub fn sig_text(&self, s: &Sig, local: &str) -> String {
        let n = s.params.len();
        let ps: Vec<String> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if s.variadic && i + 1 == n {
                    match self.kind(*p) {
                        Kind::Slice(e) => format!("...{}", self.name_in(*e, local)),
                        _ => self.name_in(*p, local),
                    }
                } else {
                    self.name_in(*p, local)
                }
            })
            .collect();
        let mut out = format!("({})", ps.join(", "));
        match s.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                out.push_str(&self.name_in(s.results[0], local));
            }
            _ => {
                let rs: Vec<String> = s.results.iter().map(|r| self.name_in(*r, local)).collect();
                out.push_str(&format!(" ({})", rs.join(", ")));
            }
        }
        out
    }

    pub fn sig(&self, t: TypeId) -> Option<&Sig> {
        match self.ukind(t) {
            Kind::Func(s) => Some(s),
            _ => None,
        }
    }

    /// Methods of an interface type (sorted by name).
    pub fn iface_methods(&self, t: TypeId) -> &[Method] {
        match self.ukind(t) {
            Kind::Interface(ms) => ms,
            _ => &[],
        }
    }

    /// Does `t` hold a value of named type `target` inline (struct fields,
    /// array elements), which would make `target` infinitely large?
    pub fn contains_by_value(&self, t: TypeId, target: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return false;
        }
        seen.push(t);
        match self.ukind(t) {
            Kind::Struct(fs) => fs
                .iter()
                .any(|f| f.ty == target || self.contains_by_value(f.ty, target, seen)),
            Kind::Array(_, e) => *e == target || self.contains_by_value(*e, target, seen),
            _ => false,
        }
    }

    /// Default type of an untyped constant type.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            Kind::Basic(b) => match b {
                Basic::UntypedBool => self.basic(Basic::Bool),
                Basic::UntypedInt => self.basic(Basic::Int),
                Basic::UntypedRune => self.basic(Basic::Int32),
                Basic::UntypedFloat => self.basic(Basic::Float64),
                Basic::UntypedString => self.basic(Basic::String),
                _ => t,
            },
            _ => t,
        }
    }
}
