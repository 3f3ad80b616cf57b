//! Lowering: the checked program to Cranelift IR, written against
//! `cranelift_module::Module` so the JIT (`gust run`) and the object
//! writer (`gust build`) share it unchanged.
//!
//! Invariants:
//! - Every Go function is compiled with the goroutine pointer `gp` as its
//!   first parameter (no thread-locals); closures take their closure
//!   object second. Results that do not fit two registers (or contain a
//!   struct or array) are written through an out-pointer passed after
//!   `gp` (see `abi.rs`).
//! - After every call that may panic, compiled code tests `G::panicking`
//!   and unwinds by returning (running its deferred calls first).
//! - Every loop back-edge polls `G::preempt`.
//! - Every heap object is allocated through the runtime with its type's
//!   descriptor (`gust_alloc`, `gust_alloc_array`), so the collector can
//!   scan precisely without the lowering changing.
//! - Only functions reachable from `main`, `init` and package variable
//!   initialisers are compiled (a work list), so start-up cost grows with
//!   what a program uses, not with the size of the standard library.

mod abi;
mod builtin;
mod call;
mod desc;
mod escape;
mod expr;
mod func;
pub mod layout;
mod stmt;

pub use func::{G_DEFER_FP, G_PANICKING, G_PREEMPT};
/// Offset of `G::stack_guard` (read by every prologue's stack check).
pub const G_STACK_GUARD: i32 = 0;

use crate::check::{ObjId, ObjKind, Program};
use crate::types::{Kind, TypeId};
use cranelift_codegen::ir::{self, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use gust_grammar::ast;
use layout::Layouts;
use std::collections::HashMap;
use std::rc::Rc;

/// A compiled function, for the runtime's code map (traces).
#[derive(Debug, Clone)]
pub struct FuncMeta {
    pub id: FuncId,
    pub name: String,
    pub file: String,
    pub size: u32,
    /// (code offset, line), sorted.
    pub lines: Vec<(u32, u32)>,
}

pub struct Output {
    /// `fn(gp)`: runs package initialisation, then `main.main`.
    pub entry: FuncId,
    pub funcs: Vec<FuncMeta>,
    /// Imported symbols the runtime or stdlib must provide.
    pub imports: Vec<String>,
}

/// A source file as the lowering sees it: the path printed in traces and
/// its text (for line numbers).
pub struct Source<'a> {
    pub path: String,
    pub text: &'a str,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Key {
    /// A declared function or method.
    Obj(ObjId),
    /// A function literal: (file, node id).
    Lit(usize, ast::NodeId),
    /// A top-level function called through a func value (takes a closure).
    FuncVal(ObjId),
    /// The interface-method entry of method `name` of type `t`: takes the
    /// interface data word as receiver.
    IfaceWrap(TypeId, String),
    /// A deferred (or `go`) call's thunk, by number.
    Thunk(u32),
    /// A method value `x.M` bound to its receiver (closure: code, receiver).
    MethodVal(TypeId, String),
    /// `(*T).M` for a value-receiver method `M`: takes `*T` first.
    MethodExprDeref(ObjId),
    /// Any other method expression `X.M` (interface, promoted or literal
    /// receiver types): takes an `X` first and calls its method `M`.
    MethodExpr(TypeId, String),
}

pub(crate) enum Job<'p> {
    Func(ObjId),
    Lit {
        file: usize,
        expr: &'p ast::Expr,
        captures: Vec<ObjId>,
        escapes: Rc<escape::EscapeInfo>,
        name: String,
        counter: Rc<std::cell::Cell<u32>>,
    },
    FuncVal(ObjId),
    IfaceWrap(TypeId, String),
    MethodVal(TypeId, String),
    MethodExprDeref(ObjId, TypeId),
    MethodExpr(TypeId, String),
    Thunk(u32, func::ThunkPlan),
}

pub(crate) struct Lower<'p, M: Module> {
    pub p: &'p Program,
    pub m: &'p mut M,
    pub lay: Layouts,
    pub sources: &'p [Source<'p>],
    pub line_starts: Vec<Vec<u32>>,
    pub funcs: HashMap<Key, FuncId>,
    pub queue: Vec<Job<'p>>,
    pub descs: HashMap<TypeId, DataId>,
    /// Concrete types with methods whose descriptors are defined last
    /// (`finish_descs`), once every interface the program uses is known.
    pub desc_pending: Vec<TypeId>,
    /// Method names of the interfaces whose descriptors were requested.
    pub iface_names: std::collections::HashSet<String>,
    pub desc_queue: Vec<TypeId>,
    pub strings: HashMap<Vec<u8>, DataId>,
    pub globals: HashMap<ObjId, DataId>,
    pub itabs: HashMap<(TypeId, TypeId), DataId>,
    pub static_closures: HashMap<Key, DataId>,
    pub rt: HashMap<&'static str, FuncId>,
    pub decls: HashMap<ObjId, (usize, &'p ast::FuncDecl)>,
    /// Which parameters each function leaks (escape analysis).
    pub leaks: escape::Leaks,
    pub var_specs: HashMap<ObjId, (usize, &'p ast::VarSpec, usize)>,
    pub metas: Vec<FuncMeta>,
    pub imports: Vec<String>,
    pub fctx: FunctionBuilderContext,
    pub thunks: u32,
    pub data_count: u32,
    pub call_conv: CallConv,
    /// Inlining decisions for small leaf functions (see `inline_info`).
    pub inlines: HashMap<ObjId, Option<Rc<Inline<'p>>>>,
    /// Whether a function may panic (None while being decided: recursion
    /// is assumed not to).
    pub panics: HashMap<ObjId, Option<bool>>,
    /// The table of package variables for the collector (`gc_roots_table`).
    pub gc_roots: Option<DataId>,
}

/// A function simple enough to inline at its call sites: `return E` where
/// `E` is arithmetic on the parameters that cannot panic (so no trace
/// frame is lost) and calls nothing but machine-instruction intrinsics.
pub struct Inline<'p> {
    pub file: usize,
    pub params: Vec<ObjId>,
    pub body: &'p ast::Expr,
    pub result: TypeId,
}

pub fn lower<M: Module>(p: &Program, sources: &[Source], m: &mut M) -> Result<Output, String> {
    let call_conv = m.isa().default_call_conv();
    let mut l = Lower {
        p,
        m,
        lay: Layouts::default(),
        sources,
        line_starts: sources
            .iter()
            .map(|s| {
                let mut v = vec![0u32];
                for (i, c) in s.text.bytes().enumerate() {
                    if c == b'\n' {
                        v.push(i as u32 + 1);
                    }
                }
                v
            })
            .collect(),
        funcs: HashMap::new(),
        queue: vec![],
        descs: HashMap::new(),
        desc_pending: vec![],
        iface_names: Default::default(),
        desc_queue: vec![],
        strings: HashMap::new(),
        globals: HashMap::new(),
        itabs: HashMap::new(),
        static_closures: HashMap::new(),
        rt: HashMap::new(),
        decls: HashMap::new(),
        leaks: Default::default(),
        var_specs: HashMap::new(),
        metas: vec![],
        imports: vec![],
        fctx: FunctionBuilderContext::new(),
        thunks: 0,
        data_count: 0,
        call_conv,
        inlines: HashMap::new(),
        panics: HashMap::new(),
        gc_roots: None,
    };
    l.index_decls();
    let entry = l.entry()?;
    l.drain()?;
    l.define_gc_roots();
    l.drain()?;
    l.finish_descs()?;
    Ok(Output {
        entry,
        funcs: l.metas,
        imports: l.imports,
    })
}

impl<'p, M: Module> Lower<'p, M> {
    fn index_decls(&mut self) {
        let p = self.p;
        for (fi, (_, f)) in p.files.iter().enumerate() {
            for d in &f.decls {
                match d {
                    ast::Decl::Func(fd) => {
                        if let Some(&o) = p.info.defs.get(&(fi, fd.name.span.lo)) {
                            self.decls.insert(o, (fi, fd));
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for s in specs {
                            for (i, n) in s.names.iter().enumerate() {
                                if let Some(&o) = p.info.defs.get(&(fi, n.span.lo)) {
                                    self.var_specs.insert(o, (fi, s, i));
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    pub fn line_of(&self, file: usize, pos: u32) -> u32 {
        let ls = &self.line_starts[file.min(self.line_starts.len() - 1)];
        ls.partition_point(|&s| s <= pos) as u32
    }

    /// A runtime entry point, declared on first use.
    pub fn rt(&mut self, name: &'static str, params: &[ir::Type], rets: &[ir::Type]) -> FuncId {
        if let Some(&f) = self.rt.get(name) {
            return f;
        }
        let mut sig = Signature::new(self.call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let id = self
            .m
            .declare_function(name, Linkage::Import, &sig)
            .expect("runtime symbol declared twice with different signatures");
        self.rt.insert(name, id);
        self.imports.push(name.to_string());
        id
    }

    pub fn new_data_name(&mut self, what: &str) -> String {
        self.data_count += 1;
        format!("gust.{what}.{}", self.data_count)
    }

    /// Static bytes (string literal data), deduplicated.
    pub fn string_data(&mut self, s: &[u8]) -> DataId {
        if let Some(&d) = self.strings.get(s) {
            return d;
        }
        let name = self.new_data_name("str");
        let id = self
            .m
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        let mut dd = DataDescription::new();
        let mut bytes = s.to_vec();
        if bytes.is_empty() {
            bytes.push(0);
        }
        dd.define(bytes.into_boxed_slice());
        self.m.define_data(id, &dd).unwrap();
        self.strings.insert(s.to_vec(), id);
        id
    }

    /// The data object of a package-level variable.
    pub fn global(&mut self, o: ObjId) -> DataId {
        if let Some(&d) = self.globals.get(&o) {
            return d;
        }
        let obj = &self.p.objs[o.0 as usize];
        let lay = self.lay.of(&self.p.types, obj.ty);
        let name = format!("{}.{}", obj.pkg, obj.name);
        let name = self.unique_name(&name);
        let id = self
            .m
            .declare_data(&name, Linkage::Local, true, false)
            .unwrap();
        let mut dd = DataDescription::new();
        dd.define_zeroinit(lay.size.max(8) as usize);
        dd.set_align(lay.align.max(8));
        self.m.define_data(id, &dd).unwrap();
        self.globals.insert(o, id);
        id
    }

    /// The data object listing package variables for the collector.
    pub fn gc_roots_table(&mut self) -> DataId {
        if let Some(d) = self.gc_roots {
            return d;
        }
        let name = self.new_data_name("gcroots");
        let id = self
            .m
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        self.gc_roots = Some(id);
        id
    }

    /// Fills the roots table: `[n, (variable address, type descriptor) * n]`
    /// for every package variable whose type holds pointers.
    fn define_gc_roots(&mut self) {
        let table = self.gc_roots_table();
        let mut vars: Vec<(ObjId, DataId)> = self.globals.iter().map(|(&o, &d)| (o, d)).collect();
        vars.sort_by_key(|(o, _)| o.0);
        let mut entries = vec![];
        for (o, d) in vars {
            let ty = self.p.objs[o.0 as usize].ty;
            let mut ptrs = vec![];
            self.lay.ptr_words(&self.p.types, ty, 0, &mut ptrs);
            if !ptrs.is_empty() {
                let desc = self.desc(ty);
                entries.push((d, desc));
            }
        }
        let mut bytes = vec![0u8; 8 + 16 * entries.len()];
        bytes[..8].copy_from_slice(&(entries.len() as u64).to_le_bytes());
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (i, (var, desc)) in entries.into_iter().enumerate() {
            let gv = self.m.declare_data_in_data(var, &mut dd);
            dd.write_data_addr(8 + 16 * i as u32, gv, 0);
            let gv = self.m.declare_data_in_data(desc, &mut dd);
            dd.write_data_addr(16 + 16 * i as u32, gv, 0);
        }
        self.m.define_data(table, &dd).unwrap();
    }

    pub fn unique_name(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 1;
        while self.m.get_name(&name).is_some() {
            n += 1;
            name = format!("{base}·{n}");
        }
        name
    }

    /// Go's name of a declared function or method.
    pub fn func_name(&self, o: ObjId) -> String {
        let obj = &self.p.objs[o.0 as usize];
        if let Some((_, fd)) = self.decls.get(&o) {
            if let Some(r) = &fd.recv {
                let (ptr, base) = recv_base(&r.ty);
                return if ptr {
                    format!("{}.(*{base}).{}", obj.pkg, obj.name)
                } else {
                    format!("{}.{base}.{}", obj.pkg, obj.name)
                };
            }
        }
        format!("{}.{}", obj.pkg, obj.name)
    }

    /// The symbol of a body-less (native) function.
    pub fn native_name(&self, o: ObjId) -> String {
        let obj = &self.p.objs[o.0 as usize];
        let pkg = obj.pkg.replace('/', "_");
        if let Some((_, fd)) = self.decls.get(&o) {
            if let Some(r) = &fd.recv {
                let (_, base) = recv_base(&r.ty);
                return format!("gust_{pkg}_{base}_{}", obj.name);
            }
        }
        format!("gust_{pkg}_{}", obj.name)
    }

    /// The function implementing a declared function or method.
    pub fn func_id(&mut self, o: ObjId) -> FuncId {
        if let Some(&f) = self.funcs.get(&Key::Obj(o)) {
            return f;
        }
        let (fi, fd) = self.decls[&o];
        let obj_ty = self.p.objs[o.0 as usize].ty;
        let recv = fd.recv.as_ref().map(|r| {
            let _ = r;
            self.recv_type(o)
        });
        let sig = self.p.types.sig(obj_ty).cloned().expect("function type");
        let (csig, _) = self.signature(&sig, recv, false);
        let id = if fd.body.is_none() {
            let name = self.native_name(o);
            self.imports.push(name.clone());
            self.m
                .declare_function(&name, Linkage::Import, &csig)
                .map_err(|e| e.to_string())
                .expect("native function")
        } else {
            let name = self.func_name(o);
            let name = self.unique_name(&name);
            let id = self
                .m
                .declare_function(&name, Linkage::Local, &csig)
                .unwrap();
            self.queue.push(Job::Func(o));
            id
        };
        let _ = fi;
        self.funcs.insert(Key::Obj(o), id);
        id
    }

    /// Whether a call of function `o` can panic: false only when its body
    /// does nothing that can (arithmetic without division by variables,
    /// locals, comparisons, control flow, calls of such functions). A
    /// call of a function that cannot panic needs no check after it.
    pub fn may_panic(&mut self, o: ObjId) -> bool {
        match self.panics.get(&o) {
            Some(Some(v)) => return *v,
            Some(None) => return false,
            None => {}
        }
        self.panics.insert(o, None);
        let v = match self.decls.get(&o).copied() {
            Some((file, fd)) if fd.recv.is_none() => match &fd.body {
                Some(b) => b.stmts.iter().any(|s| self.stmt_may_panic(file, s)),
                None => true,
            },
            _ => true,
        };
        self.panics.insert(o, Some(v));
        v
    }

    fn stmt_may_panic(&mut self, file: usize, s: &'p ast::Stmt) -> bool {
        use ast::StmtKind as S;
        let list = |l: &mut Self, ss: &'p [ast::Stmt]| ss.iter().any(|s| l.stmt_may_panic(file, s));
        match &s.kind {
            S::Empty | S::Const(_) | S::Type(_) | S::Break(_) | S::Continue(_) | S::Fallthrough => {
                false
            }
            S::Expr(e) => self.expr_may_panic(file, e),
            S::IncDec(x, _) => self.expr_may_panic(file, x),
            S::Assign(l, _, r) | S::Define(l, r) => {
                l.iter().chain(r).any(|e| self.expr_may_panic(file, e))
            }
            S::Return(v) => v.iter().any(|e| self.expr_may_panic(file, e)),
            S::Block(b) => list(self, &b.stmts),
            S::If {
                init,
                cond,
                then,
                els,
            } => {
                init.as_ref().is_some_and(|i| self.stmt_may_panic(file, i))
                    || self.expr_may_panic(file, cond)
                    || list(self, &then.stmts)
                    || els.as_ref().is_some_and(|e| self.stmt_may_panic(file, e))
            }
            S::For {
                init,
                cond,
                post,
                body,
            } => {
                init.as_ref().is_some_and(|i| self.stmt_may_panic(file, i))
                    || cond.as_ref().is_some_and(|c| self.expr_may_panic(file, c))
                    || post.as_ref().is_some_and(|p| self.stmt_may_panic(file, p))
                    || list(self, &body.stmts)
            }
            _ => true,
        }
    }

    fn expr_may_panic(&mut self, file: usize, e: &'p ast::Expr) -> bool {
        use ast::ExprKind as K;
        let p = self.p;
        if p.info.consts.contains_key(&(file, e.id)) {
            return false;
        }
        match &e.kind {
            K::Ident(_) => false,
            K::Paren(x) => self.expr_may_panic(file, x),
            K::Unary(op, x) => {
                !matches!(
                    op,
                    ast::UnOp::Pos | ast::UnOp::Neg | ast::UnOp::Not | ast::UnOp::Xor
                ) || self.expr_may_panic(file, x)
            }
            K::Binary(op, l, r) => {
                let risky = matches!(
                    op,
                    ast::BinOp::Quo | ast::BinOp::Rem | ast::BinOp::Shl | ast::BinOp::Shr
                ) && !p.info.consts.contains_key(&(file, r.id));
                let is_int = p
                    .info
                    .types
                    .get(&(file, l.id))
                    .and_then(|t| p.types.basic_of(p.types.underlying(*t)))
                    .is_some_and(|b| b.is_integer());
                let strings = p
                    .info
                    .types
                    .get(&(file, l.id))
                    .and_then(|t| p.types.basic_of(p.types.underlying(*t)))
                    .is_some_and(|b| b.is_string());
                let iface = p
                    .info
                    .types
                    .get(&(file, l.id))
                    .is_some_and(|t| p.types.is_interface(*t));
                (risky && is_int)
                    || iface
                    || (strings && *op == ast::BinOp::Add)
                    || self.expr_may_panic(file, l)
                    || self.expr_may_panic(file, r)
            }
            K::Call { func, args, .. } => {
                let key = (file, e.id);
                if p.info.builtin_calls.contains_key(&key) {
                    return true;
                }
                if p.info.conversions.contains(&key) {
                    let numeric = |x: &ast::Expr| {
                        p.info
                            .types
                            .get(&(file, x.id))
                            .and_then(|t| p.types.basic_of(p.types.underlying(*t)))
                            .is_some_and(|b| b.is_numeric())
                    };
                    return !(numeric(e) && numeric(&args[0]))
                        || self.expr_may_panic(file, &args[0]);
                }
                let callee = p.info.uses.get(&(file, func.id)).copied();
                match callee {
                    Some(o) if p.objs[o.0 as usize].kind == ObjKind::Func => {
                        args.iter().any(|a| self.expr_may_panic(file, a)) || self.may_panic(o)
                    }
                    _ => true,
                }
            }
            _ => true,
        }
    }

    /// Whether (and how) a call of function `o` is inlined.
    pub fn inline_info(&mut self, o: ObjId) -> Option<Rc<Inline<'p>>> {
        if let Some(i) = self.inlines.get(&o) {
            return i.clone();
        }
        let r = self.compute_inline(o).map(Rc::new);
        self.inlines.insert(o, r.clone());
        r
    }

    fn compute_inline(&self, o: ObjId) -> Option<Inline<'p>> {
        let p = self.p;
        let &(file, fd) = self.decls.get(&o)?;
        if fd.recv.is_some() {
            return None;
        }
        let body = fd.body.as_ref()?;
        let [stmt] = body.stmts.as_slice() else {
            return None;
        };
        let ast::StmtKind::Return(vals) = &stmt.kind else {
            return None;
        };
        let [e] = vals.as_slice() else { return None };
        let sig = p.types.sig(p.objs[o.0 as usize].ty)?;
        if sig.variadic || sig.results.len() != 1 {
            return None;
        }
        let mut params = vec![];
        for prm in &fd.sig.params {
            let n = prm.name.as_ref()?;
            if n.name == "_" {
                return None;
            }
            params.push(*p.info.defs.get(&(file, n.span.lo))?);
        }
        let mut nodes = 0;
        if !inlinable(p, file, e, &params, &mut nodes) || nodes > 40 {
            return None;
        }
        Some(Inline {
            file,
            params,
            body: e,
            result: sig.results[0],
        })
    }

    /// The receiver type of a method object, `None` for functions.
    pub fn method_recv(&self, o: ObjId) -> Option<TypeId> {
        let (_, fd) = self.decls.get(&o)?;
        fd.recv.as_ref()?;
        Some(self.recv_type(o))
    }

    /// The receiver type of a method object.
    pub fn recv_type(&self, o: ObjId) -> TypeId {
        // methods map: (base type, name) -> (obj, ptr)
        for ((t, _), (mo, ptr)) in &self.p.methods {
            if *mo == o {
                return if *ptr {
                    self.p
                        .types
                        .kinds
                        .iter()
                        .position(|k| matches!(k, Kind::Pointer(b) if b == t))
                        .map(|i| TypeId(i as u32))
                        .unwrap_or(*t)
                } else {
                    *t
                };
            }
        }
        crate::types::INVALID
    }

    fn entry(&mut self) -> Result<FuncId, String> {
        func::build_entry(self)
    }

    fn drain(&mut self) -> Result<(), String> {
        loop {
            if let Some(job) = self.queue.pop() {
                func::build_job(self, job)?;
                continue;
            }
            if let Some(t) = self.desc_queue.pop() {
                if self.method_set(t).is_empty() || self.p.types.is_interface(t) {
                    desc::define_desc(self, t);
                } else {
                    // Defined by `finish_descs`; the descriptors it refers
                    // to are requested now.
                    for d in desc::desc_deps(&self.p.types, t) {
                        self.desc(d);
                    }
                    self.desc_pending.push(t);
                }
                continue;
            }
            break;
        }
        Ok(())
    }

    /// Defines the descriptors of concrete types with methods. A method
    /// table entry gets code only when some interface the program uses has
    /// a method of that name (or the runtime calls it by name): until no
    /// new code appears, compile those wrappers (whose bodies may use more
    /// interfaces), then define every pending descriptor, which compiles
    /// nothing more.
    fn finish_descs(&mut self) -> Result<(), String> {
        loop {
            let mut more = false;
            for t in self.desc_pending.clone() {
                for (n, _) in self.method_set(t) {
                    if desc::method_needed(&self.iface_names, &n)
                        && !self.funcs.contains_key(&Key::IfaceWrap(t, n.clone()))
                    {
                        self.iface_wrap(t, &n);
                        more = true;
                    }
                }
            }
            if !more {
                break;
            }
            self.drain()?;
        }
        for t in std::mem::take(&mut self.desc_pending) {
            desc::define_desc(self, t);
        }
        debug_assert!(self.queue.is_empty() && self.desc_queue.is_empty());
        Ok(())
    }
}

/// Whether expression `e` may be inlined: numeric/boolean operations on
/// parameters and constants that cannot panic.
fn inlinable(p: &Program, file: usize, e: &ast::Expr, params: &[ObjId], n: &mut u32) -> bool {
    use ast::ExprKind as K;
    *n += 1;
    if p.info.consts.contains_key(&(file, e.id)) {
        return true;
    }
    let numeric = |x: &ast::Expr| {
        p.info
            .types
            .get(&(file, x.id))
            .and_then(|t| p.types.basic_of(p.types.underlying(*t)))
            .is_some_and(|b| b.is_numeric() || b.is_boolean())
    };
    match &e.kind {
        K::Paren(x) => inlinable(p, file, x, params, n),
        K::Ident(_) => p
            .info
            .uses
            .get(&(file, e.id))
            .is_some_and(|o| params.contains(o)),
        K::Unary(op, x) => {
            matches!(
                op,
                ast::UnOp::Pos | ast::UnOp::Neg | ast::UnOp::Not | ast::UnOp::Xor
            ) && numeric(x)
                && inlinable(p, file, x, params, n)
        }
        K::Binary(op, l, r) => {
            let divides = matches!(
                op,
                ast::BinOp::Quo | ast::BinOp::Rem | ast::BinOp::Shl | ast::BinOp::Shr
            );
            let float = p
                .info
                .types
                .get(&(file, e.id))
                .and_then(|t| p.types.basic_of(p.types.underlying(*t)))
                .is_some_and(|b| b.is_float());
            if divides && !float {
                // Only by a non-zero, non-negative constant.
                let ok = p
                    .info
                    .consts
                    .get(&(file, r.id))
                    .and_then(|c| c.as_i64())
                    .is_some_and(|c| c > 0);
                if !ok {
                    return false;
                }
            }
            numeric(l)
                && numeric(r)
                && inlinable(p, file, l, params, n)
                && inlinable(p, file, r, params, n)
        }
        K::Call { func, args, .. } => {
            if args.len() != 1 || !numeric(&args[0]) {
                return false;
            }
            let conv = p.info.conversions.contains(&(file, e.id)) && numeric(e);
            let intrinsic = p.info.uses.get(&(file, func.id)).is_some_and(|o| {
                let ob = &p.objs[o.0 as usize];
                ob.pkg == "math"
                    && matches!(
                        ob.name.as_str(),
                        "Sqrt" | "Abs" | "Floor" | "Ceil" | "Trunc"
                    )
            });
            (conv || intrinsic) && inlinable(p, file, &args[0], params, n)
        }
        _ => false,
    }
}

/// `(pointer receiver, base type name)` of a receiver type expression.
pub fn recv_base(e: &ast::Expr) -> (bool, String) {
    match &e.kind {
        ast::ExprKind::Unary(ast::UnOp::Deref, x) => (true, recv_base(x).1),
        ast::ExprKind::Paren(x) => recv_base(x),
        ast::ExprKind::Ident(n) => (false, n.clone()),
        _ => (false, "?".into()),
    }
}
