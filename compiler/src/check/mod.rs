//! The type checker: resolves names, computes the type of every
//! expression, evaluates constants exactly and reports Go's errors.
//!
//! Invariants:
//! - Checking never stops at the first error: an erroneous expression gets
//!   the type `INVALID`, which every rule accepts silently, so each mistake
//!   is reported once.
//! - Package-level objects are resolved lazily in dependency order
//!   (`resolve_obj`), so declarations may appear in any order; a cycle is
//!   reported instead of recursing forever.
//! - Standard-library packages are Go declaration files (`src/stdlib/*.go`)
//!   checked by this same checker; their function bodies are absent.
//! - The result (`Info`) maps each expression's `NodeId` to its type,
//!   constant value and resolved object: that is what the lowering reads.

mod branches;
mod expr;
mod initorder;
pub mod members;
mod ops;
mod stmt;

use crate::constant::Const;
use crate::diag::Diagnostic;
use crate::stdlib;
use crate::types::*;
use gust_grammar::ast::{self, Span};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ObjKind {
    Var,
    Const(Const),
    TypeName,
    Func,
    /// An imported package: index into `Checker::pkgs`.
    Pkg(usize),
    Builtin(Builtin),
    Nil,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Unresolved,
    Resolving,
    Done,
}

/// Where a package-level object is declared, for lazy resolution.
#[derive(Clone, Copy)]
enum Pending<'a> {
    None,
    Const {
        spec: &'a ast::ConstSpec,
        /// The spec whose expressions an implicit repetition reuses.
        src: &'a ast::ConstSpec,
        index: usize,
        file: usize,
    },
    Var {
        spec: &'a ast::VarSpec,
        index: usize,
        file: usize,
    },
    Type {
        spec: &'a ast::TypeSpec,
        file: usize,
    },
    Func {
        decl: &'a ast::FuncDecl,
        file: usize,
    },
}

#[derive(Debug, Clone)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub span: Span,
    /// Package path that declared it.
    pub pkg: String,
    pub used: bool,
    pub state: State,
    /// True for package-level objects.
    pub global: bool,
}

#[derive(Default)]
struct Scope {
    names: HashMap<String, ObjId>,
    parent: Option<usize>,
    /// A function's outermost scope (for `declared and not used` and returns).
    func_boundary: bool,
}

pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: usize,
}

/// What the checker learned, keyed by (file index, node id).
#[derive(Default)]
pub struct Info {
    pub types: HashMap<(usize, ast::NodeId), TypeId>,
    pub consts: HashMap<(usize, ast::NodeId), Const>,
    pub uses: HashMap<(usize, ast::NodeId), ObjId>,
    /// Call expressions that are conversions `T(x)`.
    pub conversions: std::collections::HashSet<(usize, ast::NodeId)>,
    /// Call expressions of builtins.
    pub builtin_calls: HashMap<(usize, ast::NodeId), Builtin>,
    /// The program's package-level variables in initialization order.
    pub init_order: Vec<ObjId>,
    /// Declared objects by (file, start of the declaring identifier); the
    /// variable a type switch declares in each clause is keyed by the start
    /// of the clause's `case`.
    pub defs: HashMap<(usize, u32), ObjId>,
}

pub struct Checker<'a> {
    pub types: Types,
    pub objs: Vec<Object>,
    pending: Vec<Pending<'a>>,
    scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    files: Vec<&'a ast::File>,
    /// Per file: its package index and its file scope (imports).
    file_pkg: Vec<usize>,
    file_scopes: Vec<usize>,
    pub diags: Vec<Diagnostic>,
    /// Only diagnostics in this file are reported (the user's program).
    report_file: usize,
    cur_file: usize,
    cur_pkg: usize,
    universe: usize,
    pub info: Info,
    /// Method declarations by receiver base type name, per package.
    methods: HashMap<(usize, String), Vec<(&'a ast::FuncDecl, usize)>>,
    /// Declared methods of named types: (type, name) -> (func object, pointer receiver).
    pub method_objs: HashMap<(TypeId, String), (ObjId, bool)>,
    /// Imports per file: alias -> (object, used).
    import_objs: Vec<Vec<ObjId>>,
    func_ctx: Vec<FuncCtx>,
    iota: Option<i64>,
    /// Objects reached through a dot import, per file: the import object.
    dot_imports: HashMap<(usize, ObjId), ObjId>,
    /// Members declared as both field and method (reported once; uses are
    /// not reported again).
    broken_members: std::collections::HashSet<(TypeId, String)>,
    /// `type T U` declarations waiting for `U`'s underlying type.
    pending_named: Vec<(TypeId, TypeId)>,
    /// Named types declared since the last `finish_named_types`.
    declared_named: Vec<(TypeId, ast::Ident, usize)>,
    /// Package-level objects being resolved, outermost first (for cycles).
    resolving: Vec<ObjId>,
    /// The context type of a non-constant shift of an untyped constant.
    shift_hint: Option<TypeId>,
}

#[derive(Clone)]
struct FuncCtx {
    results: Vec<TypeId>,
    /// The named result variables (empty when results are unnamed).
    named_results: Vec<ObjId>,
}

impl Builtin {
    /// Builtins whose call is an expression with a value that must be used.
    pub fn has_value(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Append | Cap | Complex | Imag | Len | Make | Max | Min | New | Real
        )
    }
}

impl<'a> Checker<'a> {
    fn new() -> Self {
        let mut c = Checker {
            types: Types::new(),
            objs: vec![],
            pending: vec![],
            scopes: vec![],
            pkgs: vec![],
            files: vec![],
            file_pkg: vec![],
            file_scopes: vec![],
            diags: vec![],
            report_file: 0,
            cur_file: 0,
            cur_pkg: 0,
            universe: 0,
            info: Info::default(),
            methods: HashMap::new(),
            method_objs: HashMap::new(),
            import_objs: vec![],
            func_ctx: vec![],
            iota: None,
            dot_imports: HashMap::new(),
            shift_hint: None,
            resolving: vec![],
            pending_named: vec![],
            broken_members: Default::default(),
            declared_named: vec![],
        };
        c.universe = c.push_scope_detached(None);
        c.declare_universe();
        c
    }

    fn declare_universe(&mut self) {
        use Basic::*;
        let u = self.universe;
        let basics = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("string", String),
            ("byte", Uint8),
            ("rune", Int32),
        ];
        for (n, b) in basics {
            let t = self.types.basic(b);
            self.declare_in(u, n, ObjKind::TypeName, t, Span::default(), "");
        }
        let e = self.types.error_type;
        self.declare_in(u, "error", ObjKind::TypeName, e, Span::default(), "");
        let any = self.types.any;
        self.declare_in(u, "any", ObjKind::TypeName, any, Span::default(), "");
        let ub = self.types.basic(UntypedBool);
        self.declare_in(
            u,
            "true",
            ObjKind::Const(Const::Bool(true)),
            ub,
            Span::default(),
            "",
        );
        self.declare_in(
            u,
            "false",
            ObjKind::Const(Const::Bool(false)),
            ub,
            Span::default(),
            "",
        );
        let ui = self.types.basic(UntypedInt);
        self.declare_in(
            u,
            "iota",
            ObjKind::Const(Const::Int(0.into())),
            ui,
            Span::default(),
            "",
        );
        let un = self.types.basic(UntypedNil);
        self.declare_in(u, "nil", ObjKind::Nil, un, Span::default(), "");
        use self::Builtin as B;
        for (n, b) in [
            ("append", B::Append),
            ("cap", B::Cap),
            ("clear", B::Clear),
            ("close", B::Close),
            ("complex", B::Complex),
            ("copy", B::Copy),
            ("delete", B::Delete),
            ("imag", B::Imag),
            ("len", B::Len),
            ("make", B::Make),
            ("max", B::Max),
            ("min", B::Min),
            ("new", B::New),
            ("panic", B::Panic),
            ("print", B::Print),
            ("println", B::Println),
            ("real", B::Real),
            ("recover", B::Recover),
        ] {
            self.declare_in(u, n, ObjKind::Builtin(b), INVALID, Span::default(), "");
        }
        for o in &mut self.objs {
            o.state = State::Done;
            o.used = true;
        }
    }

    fn push_scope_detached(&mut self, parent: Option<usize>) -> usize {
        self.scopes.push(Scope {
            names: HashMap::new(),
            parent,
            func_boundary: false,
        });
        self.scopes.len() - 1
    }

    fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span, pkg: &str) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span,
            pkg: pkg.to_string(),
            used: false,
            state: State::Done,
            global: false,
        });
        self.pending.push(Pending::None);
        id
    }

    fn declare_in(
        &mut self,
        scope: usize,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        span: Span,
        pkg: &str,
    ) -> ObjId {
        let id = self.new_obj(name, kind, ty, span, pkg);
        if name != "_" {
            self.scopes[scope].names.insert(name.to_string(), id);
        }
        self.info.defs.insert((self.cur_file, span.lo), id);
        id
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        if self.cur_file == self.report_file {
            self.diags.push(Diagnostic::new(span, msg));
        }
    }

    pub fn report(&mut self, d: Diagnostic) {
        if self.cur_file == self.report_file {
            self.diags.push(d);
        }
    }

    fn lookup_from(&self, mut scope: usize, name: &str) -> Option<ObjId> {
        loop {
            if let Some(&id) = self.scopes[scope].names.get(name) {
                return Some(id);
            }
            scope = self.scopes[scope].parent?;
        }
    }

    fn pkg_path(&self) -> String {
        self.pkgs[self.cur_pkg].path.clone()
    }

    // ------------------------------------------------------------ packages

    /// Declares the package-level objects of one package made of `files`.
    fn collect_package(&mut self, pkg: usize, files: &[usize]) {
        let pscope = self.pkgs[pkg].scope;
        let path = self.pkgs[pkg].path.clone();
        for &fi in files {
            let file = self.files[fi];
            self.cur_file = fi;
            for d in &file.decls {
                match d {
                    ast::Decl::Const(specs) => {
                        for (spec, src) in const_sources(specs) {
                            for (i, n) in spec.names.iter().enumerate() {
                                let id = self.declare_global(
                                    pscope,
                                    n,
                                    ObjKind::Const(Const::Bool(false)),
                                    &path,
                                );
                                self.pending[id.0 as usize] = Pending::Const {
                                    spec,
                                    src,
                                    index: i,
                                    file: fi,
                                };
                            }
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for spec in specs {
                            for (i, n) in spec.names.iter().enumerate() {
                                let id = self.declare_global(pscope, n, ObjKind::Var, &path);
                                self.pending[id.0 as usize] = Pending::Var {
                                    spec,
                                    index: i,
                                    file: fi,
                                };
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for spec in specs {
                            let id =
                                self.declare_global(pscope, &spec.name, ObjKind::TypeName, &path);
                            self.pending[id.0 as usize] = Pending::Type { spec, file: fi };
                        }
                    }
                    ast::Decl::Func(f) => {
                        if let Some(r) = &f.recv {
                            let base = recv_base_name(&r.ty);
                            self.methods
                                .entry((pkg, base.unwrap_or_default()))
                                .or_default()
                                .push((f, fi));
                            continue;
                        }
                        let special =
                            f.name.name == "init" || (f.name.name == "main" && path == "main");
                        if special && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                            self.error(
                                f.name.span,
                                format!(
                                    "func {} must have no arguments and no return values",
                                    f.name.name
                                ),
                            );
                        }
                        if f.name.name == "init" {
                            // init functions are not declared in the scope,
                            // and nothing else could supply their body.
                            if f.body.is_none() {
                                self.error(f.name.span, "missing function body");
                            }
                            let id =
                                self.new_obj("init", ObjKind::Func, INVALID, f.name.span, &path);
                            self.info.defs.insert((fi, f.name.span.lo), id);
                            self.objs[id.0 as usize].global = true;
                            self.objs[id.0 as usize].state = State::Unresolved;
                            self.pending[id.0 as usize] = Pending::Func { decl: f, file: fi };
                            continue;
                        }
                        let id = self.declare_global(pscope, &f.name, ObjKind::Func, &path);
                        self.pending[id.0 as usize] = Pending::Func { decl: f, file: fi };
                    }
                    ast::Decl::Import(_) | ast::Decl::Bad(_) => {}
                }
            }
        }
    }

    fn declare_global(&mut self, scope: usize, n: &ast::Ident, kind: ObjKind, pkg: &str) -> ObjId {
        // Only functions may be named init (and they are not declared).
        if n.name == "init" {
            self.error(n.span, "cannot declare init - must be func");
        }
        if n.name != "_" {
            if let Some(&prev) = self.scopes[scope].names.get(&n.name) {
                let _ = prev;
                let d = Diagnostic::new(n.span, format!("{} redeclared in this block", n.name));
                self.report(d);
                // Keep the first declaration.
                let id = self.new_obj(&n.name, kind, INVALID, n.span, pkg);
                self.objs[id.0 as usize].global = true;
                self.objs[id.0 as usize].state = State::Unresolved;
                return id;
            }
        }
        let id = self.declare_in(scope, &n.name, kind, INVALID, n.span, pkg);
        let o = &mut self.objs[id.0 as usize];
        o.global = true;
        o.state = State::Unresolved;
        id
    }

    /// Resolves a package-level object on first use (dependency order).
    pub fn resolve_obj(&mut self, id: ObjId) {
        let st = self.objs[id.0 as usize].state;
        match st {
            State::Done => return,
            State::Resolving => {
                let o = &self.objs[id.0 as usize];
                // Named types may refer to themselves through pointers etc.
                // (an alias may not); variable cycles are reported with the
                // initialization order.
                let alias =
                    matches!(self.pending[id.0 as usize], Pending::Type { spec, .. } if spec.alias);
                if alias {
                    let (name, span) = (o.name.clone(), o.span);
                    self.error(span, format!("invalid recursive type {name}"));
                    return;
                }
                if matches!(o.kind, ObjKind::TypeName | ObjKind::Var) {
                    return;
                }
                // The cycle is the part of the resolution stack from `id` on.
                let at = self.resolving.iter().position(|&r| r == id).unwrap_or(0);
                let cycle: Vec<String> = self.resolving[at..]
                    .iter()
                    .map(|r| self.objs[r.0 as usize].name.clone())
                    .collect();
                let (name, span) = (o.name.clone(), o.span);
                let mut msg = "initialization loop:".to_string();
                for n in &cycle {
                    msg.push_str(&format!("\n\t{n} refers to"));
                }
                msg.push_str(&format!("\n\t{name}"));
                self.error(span, msg);
                return;
            }
            State::Unresolved => {}
        }
        self.objs[id.0 as usize].state = State::Resolving;
        self.resolving.push(id);
        let saved = (self.cur_file, self.cur_pkg, self.iota);
        let saved_ctx = std::mem::take(&mut self.func_ctx);
        match self.pending[id.0 as usize] {
            Pending::None => {}
            Pending::Const {
                spec,
                src,
                index,
                file,
            } => {
                self.enter_file(file);
                self.resolve_const(id, spec, src, index);
            }
            Pending::Var { spec, index, file } => {
                self.enter_file(file);
                self.resolve_global_var(id, spec, index);
            }
            Pending::Type { spec, file } => {
                self.enter_file(file);
                self.resolve_type_decl(id, spec);
            }
            Pending::Func { decl, file } => {
                self.enter_file(file);
                let t = self.func_sig_type(&decl.sig, None);
                self.objs[id.0 as usize].ty = t;
            }
        }
        self.func_ctx = saved_ctx;
        self.cur_file = saved.0;
        self.cur_pkg = saved.1;
        self.iota = saved.2;
        self.resolving.pop();
        self.objs[id.0 as usize].state = State::Done;
        if self.resolving.is_empty() {
            self.finish_named_types();
        }
    }

    fn enter_file(&mut self, file: usize) {
        self.cur_file = file;
        self.cur_pkg = self.file_pkg[file];
    }

    fn file_scope(&self) -> usize {
        self.file_scopes[self.cur_file]
    }
}

impl<'a> Checker<'a> {
    fn resolve_const(
        &mut self,
        id: ObjId,
        spec: &'a ast::ConstSpec,
        src: &'a ast::ConstSpec,
        index: usize,
    ) {
        self.iota = Some(spec.iota as i64);
        let scope = self.file_scope();
        let ty = src.ty.as_ref().map(|t| self.type_expr(t, scope));
        let (ty_o, val) = if let Some(e) = src.values.get(index) {
            let mut op = self.expr(e, scope, ty);
            if let Some(t) = ty {
                self.assign_to(&mut op, t, "constant declaration", e.span);
            }
            match (&op.val, op.mode) {
                (Some(v), _) => (op.ty, v.clone()),
                _ => {
                    if op.ty != INVALID {
                        self.error(e.span, format!("{} is not constant", self.expr_text(e)));
                    }
                    (INVALID, Const::Int(0.into()))
                }
            }
        } else {
            self.error(
                spec.names[index].span,
                "missing init expr for const declaration",
            );
            (INVALID, Const::Int(0.into()))
        };
        if index == spec.names.len() - 1 && src.values.len() > spec.names.len() {
            let extra = &src.values[spec.names.len()];
            self.error(extra.span, "extra init expr");
        }
        let o = &mut self.objs[id.0 as usize];
        o.ty = ty_o;
        o.kind = ObjKind::Const(val);
        self.iota = None;
    }

    fn resolve_global_var(&mut self, id: ObjId, spec: &'a ast::VarSpec, index: usize) {
        let scope = self.file_scope();
        let ty = spec.ty.as_ref().map(|t| self.type_expr(t, scope));
        let t = if spec.values.len() == spec.names.len() {
            let e = &spec.values[index];
            let mut op = self.expr(e, scope, ty);
            match ty {
                Some(t) => {
                    self.assign_to_e(&mut op, t, "variable declaration", e.span, Some(e));
                    t
                }
                None => self.default_of(&mut op, e.span),
            }
        } else if spec.values.len() == 1 && spec.names.len() > 1 {
            // v1, v2 = f()
            let e = &spec.values[0];
            let op = self.expr_multi(e, scope);
            let mut results = self.tuple_types(op.ty);
            // v, ok = m[k] / x.(T) / <-c
            if spec.names.len() == 2
                && results.len() == 1
                && matches!(op.mode, expr::Mode::MapIndex | expr::Mode::CommaOk)
            {
                results.push(self.types.basic(Basic::Bool));
            }
            if results.len() != spec.names.len() {
                if index == 0 && op.ty != INVALID {
                    self.error(
                        e.span,
                        format!(
                            "assignment mismatch: {} variables but {} returns {} value{}",
                            spec.names.len(),
                            self.expr_text(e),
                            results.len(),
                            if results.len() == 1 { "" } else { "s" }
                        ),
                    );
                }
                ty.unwrap_or(INVALID)
            } else {
                ty.unwrap_or(results[index])
            }
        } else if spec.values.is_empty() {
            ty.unwrap_or(INVALID)
        } else {
            if index == 0 {
                self.assign_mismatch(spec.names.len(), spec.values.len(), spec.span);
            }
            ty.unwrap_or(INVALID)
        };
        self.objs[id.0 as usize].ty = t;
    }

    fn assign_mismatch(&mut self, l: usize, r: usize, span: Span) {
        self.error(
            span,
            format!(
                "assignment mismatch: {l} variable{} but {r} value{}",
                if l == 1 { "" } else { "s" },
                if r == 1 { "" } else { "s" }
            ),
        );
    }

    fn resolve_type_decl(&mut self, id: ObjId, spec: &'a ast::TypeSpec) {
        let scope = self.file_scope();
        if let Some(tp) = spec.tparams {
            self.report(
                Diagnostic::new(tp, "generic types are not supported by Gust")
                    .hint("write the type for one concrete element type"),
            );
            self.objs[id.0 as usize].ty = INVALID;
            return;
        }
        if spec.alias {
            let t = self.type_expr(&spec.ty, scope);
            self.objs[id.0 as usize].ty = t;
            return;
        }
        let path = self.pkg_path();
        let named = self.types.new_named(&spec.name.name, &path);
        self.objs[id.0 as usize].ty = named;
        let u = self.type_expr(&spec.ty, scope);
        self.set_named_underlying(named, u, &spec.name);
        self.declare_methods(named, &spec.name.name);
    }

    /// Completes `type name u`, rejecting a type that contains itself by
    /// value (directly or through struct fields and array elements).
    /// Completes `type name u`. When `u` is a named type still being
    /// resolved, its underlying type is not known yet: the pair waits for
    /// `finish_named_types`, which also rejects types containing themselves.
    pub(super) fn set_named_underlying(&mut self, named: TypeId, u: TypeId, name: &ast::Ident) {
        let pending = u != INVALID
            && matches!(self.types.kind(u), Kind::Named(_))
            && self.types.underlying(u) == INVALID;
        if pending {
            self.pending_named.push((named, u));
        } else {
            self.types.set_underlying(named, u);
        }
        self.declared_named
            .push((named, name.clone(), self.cur_file));
    }

    /// Settles the named types declared since the last call: fills in
    /// underlying types that waited on others, and reports every type that
    /// is defined in terms of itself (`type T T`, `struct { f T }`).
    pub(super) fn finish_named_types(&mut self) {
        loop {
            let before = self.pending_named.len();
            let pending = std::mem::take(&mut self.pending_named);
            for (named, src) in pending {
                let u = self.types.underlying(src);
                if u == INVALID {
                    self.pending_named.push((named, src));
                } else {
                    self.types.set_underlying(named, u);
                }
            }
            if self.pending_named.len() == before {
                break;
            }
        }
        let waiting = std::mem::take(&mut self.pending_named);
        let mut declared = std::mem::take(&mut self.declared_named);
        // Report each cycle at its first type in source order, as Go does.
        declared.sort_by_key(|(_, name, file)| (*file, name.span.lo));
        let saved = self.cur_file;
        let mut reported: std::collections::HashSet<TypeId> = std::collections::HashSet::new();
        for (named, name, file) in declared {
            // Still waiting: on a cycle of names (or behind one).
            let on_name_cycle = {
                let mut cur = named;
                let mut steps = 0;
                loop {
                    match waiting.iter().find(|(n, _)| *n == cur) {
                        Some((_, src)) if *src == named => break true,
                        Some((_, src)) if steps < waiting.len() => {
                            cur = *src;
                            steps += 1;
                        }
                        _ => break false,
                    }
                }
            };
            let contains_itself = self.types.underlying(named) != INVALID
                && self.types.contains_by_value(named, named, &mut vec![]);
            if on_name_cycle && reported.contains(&named) {
                continue;
            }
            if on_name_cycle {
                // Report a cycle of names once, at its first member.
                let mut cur = named;
                while let Some((_, src)) = waiting.iter().find(|(n, _)| *n == cur) {
                    if !reported.insert(*src) {
                        break;
                    }
                    cur = *src;
                }
            }
            if on_name_cycle || contains_itself {
                self.cur_file = file;
                self.error(name.span, format!("invalid recursive type {}", name.name));
                self.types.set_underlying(named, INVALID);
            }
        }
        self.cur_file = saved;
    }

    fn declare_methods(&mut self, named: TypeId, base: &str) {
        let key = (self.cur_pkg, base.to_string());
        let Some(ms) = self.methods.get(&key).cloned() else {
            return;
        };
        let saved = self.cur_file;
        for (decl, fi) in ms {
            self.enter_file(fi);
            let scope = self.file_scope();
            let recv = decl.recv.as_ref().unwrap();
            let ptr = matches!(
                strip_paren(&recv.ty).kind,
                ast::ExprKind::Unary(ast::UnOp::Deref, _)
            );
            let sig = self.func_sig_type(&decl.sig, None);
            let _ = scope;
            if matches!(
                self.types.ukind(named),
                Kind::Pointer(_) | Kind::Interface(_)
            ) {
                self.error(
                    recv.ty.span,
                    format!("invalid receiver type {base} (pointer or interface type)"),
                );
                continue;
            }
            let name = decl.name.name.clone();
            if name != "_" {
                if self.method_objs.contains_key(&(named, name.clone())) {
                    self.error(
                        decl.name.span,
                        format!("{base}.{name} redeclared in this block"),
                    );
                    continue;
                }
                if let Kind::Struct(fs) = self.types.ukind(named).clone() {
                    if fs.iter().any(|f| f.name == name) {
                        self.error(
                            decl.name.span,
                            format!("field and method with the same name {name}"),
                        );
                        self.broken_members.insert((named, name));
                        continue;
                    }
                }
            }
            let path = self.pkg_path();
            let oid = self.new_obj(&name, ObjKind::Func, sig, decl.name.span, &path);
            self.info
                .defs
                .insert((self.cur_file, decl.name.span.lo), oid);
            self.objs[oid.0 as usize].used = true;
            self.method_objs.insert((named, name.clone()), (oid, ptr));
            if let Some(d) = self.types.named.get_mut(&named) {
                d.methods.push((name, sig, ptr));
            }
        }
        self.cur_file = saved;
        self.cur_pkg = self.file_pkg[saved];
    }

    /// Builds the `Func` type of a signature.
    pub fn func_sig_type(&mut self, sig: &ast::FuncSig, scope: Option<usize>) -> TypeId {
        let scope = scope.unwrap_or_else(|| self.file_scope());
        let mut names: Vec<&str> = vec![];
        for n in sig
            .params
            .iter()
            .chain(&sig.results)
            .filter_map(|p| p.name.as_ref())
        {
            if n.name != "_" && names.contains(&n.name.as_str()) {
                self.error(n.span, format!("{} redeclared in this block", n.name));
            }
            names.push(&n.name);
        }
        let mut params = vec![];
        let mut variadic = false;
        let n = sig.params.len();
        for (i, p) in sig.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty, scope);
            if p.variadic {
                if i + 1 != n {
                    self.error(p.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.types.slice(t);
            }
            params.push(t);
        }
        let mut results = vec![];
        for p in &sig.results {
            if p.variadic {
                self.error(p.span, "can only use ... with final parameter in list");
            }
            results.push(self.type_expr(&p.ty, scope));
        }
        self.types.func(params, results, variadic)
    }
}

/// `((x))` -> `x`.
pub(super) fn strip_paren(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}

/// Pairs each spec of a const group with the spec whose expressions it
/// uses: itself, or for an implicit repetition the last spec with values.
pub(super) fn const_sources(specs: &[ast::ConstSpec]) -> Vec<(&ast::ConstSpec, &ast::ConstSpec)> {
    let mut last: Option<&ast::ConstSpec> = None;
    specs
        .iter()
        .map(|spec| {
            if spec.values.is_empty() && spec.ty.is_none() {
                (spec, last.unwrap_or(spec))
            } else {
                last = Some(spec);
                (spec, spec)
            }
        })
        .collect()
}

/// `T` in `func (r *T)`.
/// At most one `*` is allowed; anything else is an invalid receiver.
fn recv_base_name(e: &ast::Expr) -> Option<String> {
    let e = match &strip_paren(e).kind {
        ast::ExprKind::Unary(ast::UnOp::Deref, x) => strip_paren(x),
        _ => strip_paren(e),
    };
    match &e.kind {
        ast::ExprKind::Ident(n) => Some(n.clone()),
        _ => None,
    }
}

/// The result of checking one program.
pub struct CheckResult {
    pub diagnostics: Vec<Diagnostic>,
    /// Names of the program's package-level variables in initialization order.
    pub init_order: Vec<String>,
    /// The checked program, when there were no errors: input to the lowering.
    pub program: Option<Program>,
}

/// A checked program: its syntax trees and everything the checker learned
/// about them. File 0 is the user's program; the standard-library files
/// follow, dependencies before their importers. `Info`'s keys are
/// (index into `files`, `NodeId`).
pub struct Program {
    pub files: Vec<(String, ast::File)>,
    /// Package index of each file (`pkgs[file_pkg[i]]`).
    pub file_pkg: Vec<usize>,
    pub pkgs: Vec<Package>,
    pub types: Types,
    pub objs: Vec<Object>,
    pub info: Info,
    /// Declared methods: (receiver base type, name) -> (function object,
    /// pointer receiver).
    pub methods: HashMap<(TypeId, String), (ObjId, bool)>,
}

/// Parses and checks a whole program given as `main` source.
pub fn check_program(src: &str) -> CheckResult {
    let (file, syntax) = gust_grammar::parse_file(src);
    let mut diagnostics: Vec<Diagnostic> = syntax
        .into_iter()
        .map(|e| Diagnostic::new(e.span, e.msg))
        .collect();
    // Do not type-check a file that did not parse: the errors would be noise.
    if !diagnostics.is_empty() {
        return CheckResult {
            diagnostics,
            init_order: vec![],
            program: None,
        };
    }
    // Load the standard-library packages the program needs (transitively).
    let mut lib_files: Vec<(String, ast::File)> = vec![];
    let mut queue: Vec<String> = file.imports.iter().map(|i| i.path.clone()).collect();
    while let Some(p) = queue.pop() {
        if lib_files.iter().any(|(q, _)| *q == p) {
            continue;
        }
        if let Some(text) = stdlib::source(&p) {
            let (f, errs) = gust_grammar::parse_file(text);
            debug_assert!(errs.is_empty(), "stdlib {p}: {errs:?}");
            queue.extend(f.imports.iter().map(|i| i.path.clone()));
            lib_files.push((p, f));
        }
    }
    let (order, mut parts) = {
        let mut c = Checker::new();
        let order = c.run(&file, &lib_files);
        let parts = (
            c.diags,
            c.file_pkg,
            c.pkgs,
            c.types,
            c.objs,
            c.info,
            c.method_objs,
        );
        (order, parts)
    };
    diagnostics.append(&mut parts.0);
    diagnostics.sort_by_key(|d| (d.span.lo, d.span.hi));
    diagnostics.dedup();
    let (_, file_pkg, pkgs, types, objs, info, methods) = parts;
    let init_order = info
        .init_order
        .iter()
        .map(|o| objs[o.0 as usize].name.clone())
        .collect();
    let program = diagnostics.is_empty().then(|| {
        let mut libs: Vec<Option<(String, ast::File)>> = lib_files.into_iter().map(Some).collect();
        let mut files = vec![("main".to_string(), file)];
        files.extend(order.iter().filter_map(|&i| libs[i].take()));
        Program {
            files,
            file_pkg,
            pkgs,
            types,
            objs,
            info,
            methods,
        }
    });
    CheckResult {
        diagnostics,
        init_order,
        program,
    }
}

impl<'a> Checker<'a> {
    /// Checks the program; returns the library indices in file order.
    fn run(&mut self, main: &'a ast::File, libs: &'a [(String, ast::File)]) -> Vec<usize> {
        // Order packages so that dependencies come first.
        let mut order: Vec<usize> = vec![];
        let mut done = vec![false; libs.len()];
        fn visit(
            i: usize,
            libs: &[(String, ast::File)],
            done: &mut Vec<bool>,
            order: &mut Vec<usize>,
        ) {
            if done[i] {
                return;
            }
            done[i] = true;
            for imp in &libs[i].1.imports {
                if let Some(j) = libs.iter().position(|(p, _)| *p == imp.path) {
                    visit(j, libs, done, order);
                }
            }
            order.push(i);
        }
        for i in 0..libs.len() {
            visit(i, libs, &mut done, &mut order);
        }
        self.files.push(main);
        self.file_pkg.push(usize::MAX);
        self.report_file = 0;
        let mut lib_file_idx = vec![0; libs.len()];
        for &i in &order {
            self.files.push(&libs[i].1);
            lib_file_idx[i] = self.files.len() - 1;
        }
        self.file_pkg = vec![usize::MAX; self.files.len()];
        self.file_scopes = vec![0; self.files.len()];
        self.import_objs = vec![vec![]; self.files.len()];
        for &i in &order {
            let (path, f) = &libs[i];
            let fi = lib_file_idx[i];
            self.setup_package(path, &f.package.name, &[fi], libs, &lib_file_idx);
            self.check_package_bodies(&[fi]);
            // Library variables are initialised before the importer's.
            self.init_order(fi);
        }
        if main.package.name == "_" {
            self.cur_file = 0;
            self.error(main.package.span, "invalid package name _");
        }
        self.setup_package("main", &main.package.name, &[0], libs, &lib_file_idx);
        if main.package.name != "main" {
            // Go would build a library; Gust runs programs.
        }
        self.check_package_bodies(&[0]);
        self.init_order(0);
        order
    }

    fn setup_package(
        &mut self,
        path: &str,
        name: &str,
        files: &[usize],
        libs: &'a [(String, ast::File)],
        lib_file_idx: &[usize],
    ) {
        let scope = self.push_scope_detached(Some(self.universe));
        self.pkgs.push(Package {
            path: path.to_string(),
            name: name.to_string(),
            scope,
        });
        let pkg = self.pkgs.len() - 1;
        for &fi in files {
            self.file_pkg[fi] = pkg;
            let fscope = self.push_scope_detached(Some(scope));
            self.file_scopes[fi] = fscope;
            self.cur_file = fi;
            self.cur_pkg = pkg;
            for imp in &self.files[fi].imports {
                let target = libs
                    .iter()
                    .position(|(p, _)| *p == imp.path)
                    .and_then(|i| self.file_pkg.get(lib_file_idx[i]).copied());
                let Some(tpkg) = target.filter(|&t| t != usize::MAX) else {
                    self.error(imp.path_span, format!("package {} is not in std", imp.path));
                    // Uses of the missing package are errors already reported.
                    let name = match &imp.name {
                        Some(n) => n.name.clone(),
                        None => imp.path.rsplit('/').next().unwrap_or_default().to_string(),
                    };
                    if name != "_" && name != "." {
                        let id =
                            self.declare_in(fscope, &name, ObjKind::Var, INVALID, imp.span, path);
                        self.objs[id.0 as usize].used = true;
                    }
                    continue;
                };
                let pname = self.pkgs[tpkg].name.clone();
                let alias = imp
                    .name
                    .as_ref()
                    .map(|n| n.name.clone())
                    .unwrap_or(pname.clone());
                if alias == "_" {
                    continue;
                }
                let span = imp.span;
                if alias == "init" {
                    self.error(span, "cannot import package as init - init must be a func");
                    continue;
                }
                if alias == "." {
                    // The package's exported names join the file scope; using
                    // any of them uses the import.
                    let id = self.new_obj(".", ObjKind::Pkg(tpkg), INVALID, span, path);
                    self.import_objs[fi].push(id);
                    let tscope = self.pkgs[tpkg].scope;
                    let mut names: Vec<(String, ObjId)> = self.scopes[tscope]
                        .names
                        .iter()
                        .filter(|(n, _)| n.starts_with(|c: char| c.is_uppercase()))
                        .map(|(n, o)| (n.clone(), *o))
                        .collect();
                    names.sort();
                    for (n, o) in names {
                        self.scopes[fscope].names.insert(n, o);
                        self.dot_imports.insert((fi, o), id);
                    }
                    continue;
                }
                let id = self.declare_in(fscope, &alias, ObjKind::Pkg(tpkg), INVALID, span, path);
                self.import_objs[fi].push(id);
            }
        }
        self.collect_package(pkg, files);
        // Methods whose receiver type is not declared in this package.
        let keys: Vec<(usize, String)> = self
            .methods
            .keys()
            .filter(|k| k.0 == pkg)
            .cloned()
            .collect();
        for k in keys {
            let declared = self.scopes[scope].names.get(&k.1).copied();
            let ok = declared
                .is_some_and(|id| matches!(self.objs[id.0 as usize].kind, ObjKind::TypeName));
            if !ok {
                for (d, fi) in self.methods[&k].clone() {
                    self.enter_file(fi);
                    let r = d.recv.as_ref().unwrap();
                    if k.1.is_empty() {
                        let text = self.expr_text(&r.ty);
                        self.error(r.ty.span, format!("invalid receiver type {text}"));
                    } else if let Some(id) = self.lookup_from(self.universe, &k.1) {
                        let _ = id;
                        self.error(
                            r.ty.span,
                            format!("cannot define new methods on non-local type {}", k.1),
                        );
                    } else {
                        self.error(r.ty.span, format!("undefined: {}", k.1));
                    }
                }
            }
        }
        // Resolve every package-level object.
        let ids: Vec<ObjId> = (0..self.objs.len() as u32)
            .map(ObjId)
            .filter(|id| {
                let o = &self.objs[id.0 as usize];
                o.global && o.state == State::Unresolved
            })
            .collect();
        for id in ids {
            self.resolve_obj(id);
        }
    }

    fn check_package_bodies(&mut self, files: &[usize]) {
        for &fi in files {
            self.enter_file(fi);
            let file = self.files[fi];
            for d in &file.decls {
                if let ast::Decl::Func(f) = d {
                    self.check_func_decl(f);
                }
            }
            // Unused imports.
            for &id in &self.import_objs[fi].clone() {
                let o = &self.objs[id.0 as usize];
                if !o.used {
                    let ObjKind::Pkg(p) = o.kind else { continue };
                    let path = self.pkgs[p].path.clone();
                    let pname = self.pkgs[p].name.clone();
                    let msg = if o.name != pname && o.name != "." {
                        format!("\"{path}\" imported as {} and not used", o.name)
                    } else {
                        format!("\"{path}\" imported and not used")
                    };
                    let d = Diagnostic::new(o.span, msg)
                        .hint("remove the import, or import it as _ for its side effects");
                    self.report(d);
                }
            }
        }
        // A missing `main` is reported when a program is built or run (as
        // Go's linker does), not by the checker: Go's test files rely on it.
    }

    fn check_func_decl(&mut self, f: &'a ast::FuncDecl) {
        if let Some(tp) = f.tparams {
            self.report(
                Diagnostic::new(tp, "generic functions are not supported by Gust")
                    .hint("write the function for one concrete type"),
            );
            return;
        }
        // A body-less declaration type-checks (Go allows it for assembly);
        // building code that calls it reports the missing body.
        let Some(body) = &f.body else {
            return;
        };
        let fscope = self.file_scope();
        let scope = self.push_scope_detached(Some(fscope));
        self.scopes[scope].func_boundary = true;
        if let Some(r) = &f.recv {
            let rt = self.type_expr(&r.ty, fscope);
            if let Some(n) = &r.name {
                let path = self.pkg_path();
                let id = self.declare_in(scope, &n.name, ObjKind::Var, rt, n.span, &path);
                self.objs[id.0 as usize].used = true;
                let params = f.sig.params.iter().chain(&f.sig.results);
                if let Some(p) = params
                    .filter_map(|p| p.name.as_ref())
                    .find(|p| p.name == n.name && p.name != "_")
                {
                    self.error(p.span, format!("{} redeclared in this block", p.name));
                }
            }
        }
        let sig_t = self.func_sig_type(&f.sig, Some(fscope));
        self.enter_function(scope, &f.sig, sig_t);
        self.func_body(body, scope);
        if !f.sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            let end = Span::new(body.span.hi as usize - 1, body.span.hi as usize);
            let d = Diagnostic::new(end, "missing return")
                .hint("end the function with a return statement or a panic");
            self.report(d);
        }
        self.leave_function(scope);
    }

    fn enter_function(&mut self, scope: usize, sig: &ast::FuncSig, sig_t: TypeId) {
        let s = self.types.sig(sig_t).cloned().unwrap_or(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let path = self.pkg_path();
        let params = sig.params.iter().zip(&s.params);
        let results = sig.results.iter().zip(&s.results);
        let mut named_results = vec![];
        for (i, (p, t)) in params.chain(results).enumerate() {
            if let Some(n) = &p.name {
                // Duplicate names were reported with the signature's type.
                let id = self.declare_in(scope, &n.name, ObjKind::Var, *t, n.span, &path);
                self.objs[id.0 as usize].used = true;
                if i >= sig.params.len() {
                    named_results.push(id);
                }
            }
        }
        self.func_ctx.push(FuncCtx {
            results: s.results.clone(),
            named_results,
        });
    }

    fn leave_function(&mut self, _scope: usize) {
        self.func_ctx.pop();
    }
}
