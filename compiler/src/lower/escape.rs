//! Escape analysis: which locals need a heap cell, which may live in a
//! stack slot although their address is taken.
//!
//! Invariants:
//! - A local lives in a heap cell (`EscapeInfo::heap`) when a function
//!   literal captures it, or when its address (`&x`, `x[:]` of an array, a
//!   pointer-method call or method value on it) flows anywhere but into a
//!   parameter of a statically known function or method that does not leak
//!   that parameter.
//! - A local whose address is taken but never escapes is in
//!   `EscapeInfo::stack`: it gets a stack slot, valid for the whole call
//!   (goroutine stacks never move).
//! - A parameter leaks when its value (or a pointer derived from it:
//!   `&p.f`, `&p[i]`) is used other than by dereferencing it, comparing it,
//!   or passing it on to a parameter that does not leak; captured
//!   parameters leak. Calls through `go` and `defer`, interfaces, func
//!   values, variadic parameters and functions without a Go body (the
//!   runtime) count as leaks. Only pointer-typed parameters can be
//!   non-leaking.
//! - Leaking is reachability: parameter p of f leaks iff from (f, p) the
//!   edges "passed on to (g, q)" reach a parameter whose own body leaks it;
//!   recursion needs no fixed point.

use super::desc::{find_member, Member};
use crate::check::{ObjId, ObjKind, Program};
use crate::types::{Kind, TypeId, INVALID};
use gust_grammar::ast::{self, BinOp, Expr, ExprKind, Stmt, StmtKind, UnOp};
use std::collections::{HashMap, HashSet};

/// Where each local of one function body (literals included) lives.
#[derive(Default)]
pub struct EscapeInfo {
    /// Locals that need a heap cell.
    pub heap: HashSet<ObjId>,
    /// Address-taken locals that may stay in a stack slot.
    pub stack: HashSet<ObjId>,
}

impl EscapeInfo {
    /// Whether `o` lives in a heap cell.
    pub fn contains(&self, o: &ObjId) -> bool {
        self.heap.contains(o)
    }
    pub fn is_empty(&self) -> bool {
        self.heap.is_empty() && self.stack.is_empty()
    }
    /// Whether `o`'s address is taken (it lives in memory).
    pub fn addressed(&self, o: &ObjId) -> bool {
        self.heap.contains(o) || self.stack.contains(o)
    }
}

/// How a value (a pointer, for the uses that matter) is used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Use {
    /// Consumed: dereferenced, compared, or not a pointer at all.
    Consumed,
    /// Passed as parameter `.1` of function `.0`.
    Arg(ObjId, usize),
    /// Anything else: stored, returned, captured, converted...
    Escape,
}

/// What one function body does with its parameters.
struct ParamUses {
    /// The body itself leaks parameter i.
    leaks: Vec<bool>,
    /// Parameter i is passed on to these parameters.
    edges: Vec<Vec<(ObjId, usize)>>,
}

/// Parameter summaries, computed on demand and kept for the program.
#[derive(Default)]
pub struct Leaks {
    bodies: HashMap<ObjId, ParamUses>,
    answers: HashMap<(ObjId, usize), bool>,
}

type Decls<'p> = HashMap<ObjId, (usize, &'p ast::FuncDecl)>;

/// The walk over one body: the uses of locals' addresses and of values.
struct Walk<'a, 'p> {
    p: &'p Program,
    file: usize,
    decls: &'a Decls<'p>,
    /// Address uses per local.
    addr: HashMap<ObjId, Vec<Use>>,
    /// Value uses per local (for parameters).
    vals: HashMap<ObjId, Vec<Use>>,
    /// Locals captured by function literals.
    captured: HashSet<ObjId>,
    /// Spans of the function literals being walked (innermost last).
    lits: Vec<ast::Span>,
}

impl Leaks {
    /// Escape information for a function body (and the literals in it).
    pub fn analyze<'p>(
        &mut self,
        p: &'p Program,
        decls: &Decls<'p>,
        file: usize,
        body: &ast::Block,
    ) -> EscapeInfo {
        let mut w = Walk::new(p, file, decls);
        w.block(body);
        let mut out = EscapeInfo::default();
        for o in &w.captured {
            out.heap.insert(*o);
        }
        for (o, uses) in &w.addr {
            let escapes = uses.iter().any(|u| match *u {
                Use::Consumed => false,
                Use::Arg(f, i) => self.leaks(p, decls, f, i),
                Use::Escape => true,
            });
            // Each local is met once here; captured ones are in `heap`.
            if escapes {
                out.heap.insert(*o);
            } else if !out.heap.contains(o) {
                out.stack.insert(*o);
            }
        }
        out
    }

    /// Whether function `f` leaks its parameter `i` (receiver first).
    fn leaks<'p>(&mut self, p: &'p Program, decls: &Decls<'p>, f: ObjId, i: usize) -> bool {
        if let Some(&a) = self.answers.get(&(f, i)) {
            return a;
        }
        let mut seen = HashSet::new();
        let mut stack = vec![(f, i)];
        let mut leak = false;
        while let Some((g, j)) = stack.pop() {
            if !seen.insert((g, j)) {
                continue;
            }
            self.summarize(p, decls, g);
            let Some(u) = self.bodies.get(&g) else {
                leak = true;
                break;
            };
            if u.leaks.get(j).copied().unwrap_or(true) {
                leak = true;
                break;
            }
            stack.extend(u.edges[j].iter().copied());
        }
        self.answers.insert((f, i), leak);
        leak
    }

    /// Computes the parameter uses of `f`'s body (none: no Go body).
    fn summarize<'p>(&mut self, p: &'p Program, decls: &Decls<'p>, f: ObjId) {
        if self.bodies.contains_key(&f) {
            return;
        }
        let Some(&(file, fd)) = decls.get(&f) else {
            return;
        };
        let Some(body) = &fd.body else { return };
        let mut params: Vec<Option<ObjId>> = vec![];
        for prm in fd.recv.iter().chain(fd.sig.params.iter()) {
            params.push(
                prm.name
                    .as_ref()
                    .and_then(|n| p.info.defs.get(&(file, n.span.lo)).copied()),
            );
        }
        let mut w = Walk::new(p, file, decls);
        w.block(body);
        let mut leaks = vec![];
        let mut edges = vec![];
        for prm in &params {
            let Some(o) = prm else {
                leaks.push(false);
                edges.push(vec![]);
                continue;
            };
            let t = p.objs[o.0 as usize].ty;
            let is_ptr = matches!(p.types.ukind(t), Kind::Pointer(_));
            let uses = w.vals.get(o).map(Vec::as_slice).unwrap_or(&[]);
            // A parameter whose own address is taken or that is captured
            // leaks conservatively.
            let leak = !is_ptr
                || w.captured.contains(o)
                || w.addr.contains_key(o)
                || uses.contains(&Use::Escape);
            leaks.push(leak);
            edges.push(
                uses.iter()
                    .filter_map(|u| match *u {
                        Use::Arg(g, j) => Some((g, j)),
                        _ => None,
                    })
                    .collect(),
            );
        }
        self.bodies.insert(f, ParamUses { leaks, edges });
    }
}

impl<'a, 'p> Walk<'a, 'p> {
    fn new(p: &'p Program, file: usize, decls: &'a Decls<'p>) -> Self {
        Walk {
            p,
            file,
            decls,
            addr: HashMap::new(),
            vals: HashMap::new(),
            captured: HashSet::new(),
            lits: vec![],
        }
    }

    fn ty(&self, e: &Expr) -> TypeId {
        self.p
            .info
            .types
            .get(&(self.file, e.id))
            .copied()
            .unwrap_or(INVALID)
    }

    /// The local variable an identifier refers to.
    fn local(&self, e: &Expr) -> Option<ObjId> {
        let o = *self.p.info.uses.get(&(self.file, e.id))?;
        let ob = &self.p.objs[o.0 as usize];
        (ob.kind == ObjKind::Var && !ob.global).then_some(o)
    }

    /// Notes a use of local `o`'s value; inside a literal, a local declared
    /// outside it is captured.
    fn note_val(&mut self, o: ObjId, u: Use) {
        self.check_capture(o);
        self.vals.entry(o).or_default().push(u);
    }

    fn note_addr(&mut self, o: ObjId, u: Use) {
        self.check_capture(o);
        self.addr.entry(o).or_default().push(u);
    }

    fn check_capture(&mut self, o: ObjId) {
        let at = self.p.objs[o.0 as usize].span.lo;
        if self.lits.iter().any(|s| at < s.lo || at >= s.hi) {
            self.captured.insert(o);
        }
    }

    fn is_type_expr(&self, e: &Expr) -> bool {
        is_type_expr(self.p, self.file, e)
    }

    fn is_pkg(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Ident(_))
            && self
                .p
                .info
                .uses
                .get(&(self.file, e.id))
                .is_some_and(|o| matches!(self.p.objs[o.0 as usize].kind, ObjKind::Pkg(_)))
    }

    // ---------------------------------------------------------------- exprs

    /// The address of addressable expression `x` is used as `u`.
    fn addr_of(&mut self, x: &Expr, u: Use) {
        match &x.kind {
            ExprKind::Paren(y) => self.addr_of(y, u),
            ExprKind::Ident(_) => {
                if let Some(o) = self.local(x) {
                    self.note_addr(o, u);
                }
            }
            ExprKind::Selector(y, _) => {
                if self.p.info.uses.contains_key(&(self.file, x.id)) {
                    return; // a package-level variable
                }
                if matches!(self.p.types.ukind(self.ty(y)), Kind::Pointer(_)) {
                    // A pointer derived from y's pointer.
                    self.expr(y, u);
                } else {
                    self.addr_of(y, u);
                }
            }
            ExprKind::Index(y, idx) => {
                for i in idx {
                    self.expr(i, Use::Consumed);
                }
                match self.p.types.ukind(self.ty(y)) {
                    Kind::Array(..) => self.addr_of(y, u),
                    // Elements of slices live in the heap already; a
                    // pointer to an array element derives from it.
                    Kind::Pointer(_) => self.expr(y, u),
                    _ => self.expr(y, Use::Consumed),
                }
            }
            ExprKind::Unary(UnOp::Deref, y) => self.expr(y, u),
            _ => self.expr(x, Use::Escape),
        }
    }

    /// Expression `e` whose value is used as `u`.
    fn expr(&mut self, e: &Expr, u: Use) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.local(e) {
                    self.note_val(o, u);
                }
            }
            ExprKind::Paren(x) => self.expr(x, u),
            ExprKind::Unary(UnOp::Addr, x) => match &x.kind {
                ExprKind::CompositeLit { .. } => self.expr(x, Use::Escape),
                _ => self.addr_of(x, u),
            },
            ExprKind::Unary(UnOp::Deref, x) => self.expr(x, Use::Consumed),
            ExprKind::Unary(_, x) => self.expr(x, Use::Escape),
            ExprKind::Binary(op, l, r) => {
                let c = if op.is_comparison() || matches!(op, BinOp::LAnd | BinOp::LOr) {
                    Use::Consumed
                } else {
                    Use::Escape
                };
                self.expr(l, c);
                self.expr(r, c);
            }
            ExprKind::Selector(x, sel) => {
                self.selector(x, &sel.name, false);
            }
            ExprKind::Index(x, idx) => {
                for i in idx {
                    self.expr(i, Use::Escape);
                }
                match self.p.types.ukind(self.ty(x)) {
                    // A map, slice or string value is read; a pointer to
                    // an array is dereferenced; an array is read.
                    Kind::Pointer(_) | Kind::Array(..) => self.expr(x, Use::Consumed),
                    _ => self.expr(x, Use::Escape),
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                for y in [lo, hi, max].into_iter().flatten() {
                    self.expr(y, Use::Escape);
                }
                if matches!(self.p.types.ukind(self.ty(x)), Kind::Array(..)) {
                    self.addr_of(x, Use::Escape);
                } else {
                    self.expr(x, Use::Escape);
                }
            }
            ExprKind::Call { func, args, .. } => self.call(e, func, args, false),
            ExprKind::FuncLit { body, .. } => {
                self.lits.push(e.span);
                self.block(body);
                self.lits.pop();
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        // A struct field name is not an expression.
                        if !matches!(k.kind, ExprKind::Ident(_)) || self.local(k).is_some() {
                            self.expr(k, Use::Escape);
                        }
                    }
                    self.expr(&el.value, Use::Escape);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x, Use::Escape),
            _ => {}
        }
    }

    /// `x.name`: a field, a package member, a method value or (when
    /// `called`) the method of a call whose receiver is handled here.
    fn selector(&mut self, x: &Expr, name: &str, called: bool) -> Option<ObjId> {
        if self.is_pkg(x) || self.is_type_expr(x) {
            return None;
        }
        let xt = self.ty(x);
        if xt == INVALID {
            self.expr(x, Use::Escape);
            return None;
        }
        let is_ptr = matches!(self.p.types.ukind(xt), Kind::Pointer(_));
        match find_member(&self.p.types, &self.p.methods, xt, name) {
            Some(Member::Field { .. }) => {
                if is_ptr {
                    self.expr(x, Use::Consumed);
                } else {
                    self.expr(x, Use::Escape);
                }
                None
            }
            Some(Member::Method {
                ptr_recv,
                holder,
                path,
                ..
            }) => {
                let iface = self.p.types.is_interface(holder);
                let target = if called && !iface && path.is_empty() {
                    self.p
                        .methods
                        .get(&(holder, name.to_string()))
                        .map(|&(o, _)| o)
                        .filter(|o| self.decls.contains_key(o))
                } else {
                    None
                };
                let u = match target {
                    Some(m) => Use::Arg(m, 0),
                    None => Use::Escape,
                };
                if ptr_recv && !iface {
                    if is_ptr {
                        self.expr(x, u);
                    } else {
                        self.addr_of(x, u);
                    }
                } else if is_ptr || !called {
                    // A value receiver is a copy (through the pointer);
                    // a method value keeps the receiver.
                    self.expr(x, if called { Use::Consumed } else { Use::Escape });
                } else {
                    self.expr(x, Use::Escape);
                }
                target
            }
            _ => {
                self.expr(x, Use::Escape);
                None
            }
        }
    }

    /// A call; `forced` (go and defer statements) makes every argument and
    /// the receiver escape.
    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], forced: bool) {
        let key = (self.file, e.id);
        let f = strip(func);
        if self.p.info.conversions.contains(&key) {
            for a in args {
                self.expr(a, Use::Escape);
            }
            return;
        }
        if let Some(b) = self.p.info.builtin_calls.get(&key) {
            use crate::check::Builtin;
            let u = match b {
                Builtin::Len | Builtin::Cap => Use::Consumed,
                _ => Use::Escape,
            };
            for a in args {
                if !self.is_type_expr(a) {
                    self.expr(a, u);
                }
            }
            return;
        }
        // The callee and the index of its first argument's parameter.
        let mut target: Option<(ObjId, usize)> = None;
        match &f.kind {
            ExprKind::Selector(x, sel) if !self.is_pkg(x) && !self.is_type_expr(x) => {
                if forced {
                    self.expr(x, Use::Escape);
                    // The receiver's address, for a pointer method.
                    if let Some(Member::Method { ptr_recv: true, .. }) =
                        find_member(&self.p.types, &self.p.methods, self.ty(x), &sel.name)
                    {
                        self.addr_of(x, Use::Escape);
                    }
                } else if let Some(m) = self.selector(x, &sel.name, true) {
                    target = Some((m, 1));
                }
            }
            _ => {
                let o = self.p.info.uses.get(&(self.file, f.id)).copied();
                let static_fn = o.filter(|o| {
                    self.p.objs[o.0 as usize].kind == ObjKind::Func
                        && self.decls.get(o).is_some_and(|(_, d)| d.recv.is_none())
                });
                match static_fn {
                    Some(o) => target = Some((o, 0)),
                    None => self.expr(f, Use::Escape),
                }
            }
        }
        let variadic_from = target.map(|(o, off)| {
            let t = self.p.objs[o.0 as usize].ty;
            match self.p.types.sig(t) {
                Some(s) if s.variadic => off + s.params.len() - 1,
                _ => usize::MAX,
            }
        });
        for (i, a) in args.iter().enumerate() {
            let u = match target {
                Some((o, off)) if !forced && off + i < variadic_from.unwrap_or(usize::MAX) => {
                    Use::Arg(o, off + i)
                }
                _ => Use::Escape,
            };
            self.expr(a, u);
        }
    }

    // ---------------------------------------------------------------- stmts

    fn block(&mut self, b: &ast::Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    /// An assignment target: its operands are read, the target itself is
    /// written (which neither leaks nor escapes it).
    fn target(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.local(e) {
                    self.check_capture(o);
                }
            }
            ExprKind::Paren(x) => self.target(x),
            ExprKind::Unary(UnOp::Deref, x) => self.expr(x, Use::Consumed),
            ExprKind::Selector(x, _) => {
                if self.p.info.uses.contains_key(&(self.file, e.id)) {
                    return;
                }
                if matches!(self.p.types.ukind(self.ty(x)), Kind::Pointer(_)) {
                    self.expr(x, Use::Consumed);
                } else {
                    self.target(x);
                }
            }
            ExprKind::Index(x, idx) => {
                for i in idx {
                    self.expr(i, Use::Escape);
                }
                match self.p.types.ukind(self.ty(x)) {
                    Kind::Array(..) => self.target(x),
                    Kind::Pointer(_) => self.expr(x, Use::Consumed),
                    _ => self.expr(x, Use::Escape),
                }
            }
            _ => self.expr(e, Use::Escape),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, Use::Consumed),
            StmtKind::Send(c, v) => {
                self.expr(c, Use::Consumed);
                self.expr(v, Use::Escape);
            }
            StmtKind::IncDec(x, _) => self.target(x),
            StmtKind::Assign(lhs, _, rhs) => {
                for l in lhs {
                    self.target(l);
                }
                for r in rhs {
                    self.expr(r, Use::Escape);
                }
            }
            StmtKind::Define(lhs, rhs) => {
                for l in lhs {
                    self.target(l);
                }
                for r in rhs {
                    self.expr(r, Use::Escape);
                }
            }
            StmtKind::Var(specs) => {
                for sp in specs {
                    for v in &sp.values {
                        self.expr(v, Use::Escape);
                    }
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => match &strip(e).kind {
                ExprKind::Call { func, args, .. } => self.call(strip(e), func, args, true),
                _ => self.expr(e, Use::Escape),
            },
            StmtKind::Return(vs) => {
                for v in vs {
                    self.expr(v, Use::Escape);
                }
            }
            StmtKind::Labeled(_, x) => self.stmt(x),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond, Use::Consumed);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t, Use::Escape);
                }
                for c in clauses {
                    for x in c.exprs.iter().flatten() {
                        self.expr(x, Use::Escape);
                    }
                    for st in &c.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x, Use::Escape);
                for c in clauses {
                    for st in &c.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    if let Some(cm) = &c.comm {
                        self.stmt(cm);
                    }
                    for st in &c.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c, Use::Consumed);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for k in [key, value].into_iter().flatten() {
                    self.target(k);
                }
                // Ranging over an array reads it (a copy), no address.
                if matches!(self.p.types.ukind(self.ty(x)), Kind::Array(..)) {
                    self.expr(x, Use::Consumed);
                } else {
                    self.expr(x, Use::Escape);
                }
                self.block(body);
            }
            StmtKind::Empty
            | StmtKind::Const(_)
            | StmtKind::Type(_)
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough
            | StmtKind::Bad => {}
        }
    }
}

/// Whether `e` (in file `file`) denotes a type: a type name or a type
/// literal (method expressions, conversions).
pub fn is_type_expr(p: &Program, file: usize, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Unary(UnOp::Deref, x) => is_type_expr(p, file, x),
        ExprKind::Ident(_) | ExprKind::Selector(..) => p
            .info
            .uses
            .get(&(file, e.id))
            .is_some_and(|o| p.objs[o.0 as usize].kind == ObjKind::TypeName),
        ExprKind::ArrayType { .. }
        | ExprKind::SliceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::FuncType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_) => true,
        _ => false,
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
