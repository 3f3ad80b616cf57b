//! Statements: control flow, assignment, declarations, loops, switches,
//! defer and return.

use super::desc::{find_member, Member};
use super::expr::Place;
use super::func::{Fx, V};
use super::layout::Repr;
use crate::check::{ObjId, ObjKind, Program};
use crate::types::{Basic, Kind, TypeId};
use cranelift_codegen::ir::{condcodes::IntCC, types as ct, Block, InstBuilder, Value};
use cranelift_module::Module;
use gust_grammar::ast::{self, Expr, ExprKind, Stmt, StmtKind, UnOp};
use gust_grammar::visit;

/// Locals of a function (and its literals) that need heap cells: captured
/// by a function literal or with their address taken.
/// A check that guards an assignment's store, emitted just before it.
enum Pending {
    Nil(Value),
    /// Index, length, and the element's key in the assignment's address
    /// memo (see `Fx::addr_memo`).
    Bounds(Value, Value, Option<super::func::MemoKey>),
}

/// Whether any statement in `stmts` (nested blocks, branches, clauses and
/// loop bodies included; function literals excluded) satisfies `hit`.
fn any_stmt(stmts: &[Stmt], hit: &dyn Fn(&StmtKind) -> bool) -> bool {
    stmts.iter().any(|st| {
        hit(&st.kind)
            || match &st.kind {
                StmtKind::Labeled(_, x) => any_stmt(std::slice::from_ref(&**x), hit),
                StmtKind::Block(b) => any_stmt(&b.stmts, hit),
                StmtKind::If { then, els, .. } => {
                    any_stmt(&then.stmts, hit)
                        || els
                            .as_ref()
                            .is_some_and(|e| any_stmt(std::slice::from_ref(&**e), hit))
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    clauses.iter().any(|c| any_stmt(&c.body, hit))
                }
                StmtKind::Select { clauses } => clauses.iter().any(|c| any_stmt(&c.body, hit)),
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    any_stmt(&body.stmts, hit)
                }
                _ => false,
            }
    })
}

fn has_defer(stmts: &[Stmt]) -> bool {
    any_stmt(stmts, &|k| matches!(k, StmtKind::Defer(_)))
}

/// Whether statements hold a loop (or a goto, which may make one); function
/// literals are separate functions and do not count.
fn has_loop(stmts: &[Stmt]) -> bool {
    any_stmt(stmts, &|k| {
        matches!(
            k,
            StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Goto(_)
        )
    })
}

/// Whether evaluating `e` may call a function or receive from a channel.
fn has_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => {
            has_call_or_recv(x)
        }
        ExprKind::Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        ExprKind::Ident(_) => false,
        _ => true,
    }
}

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    pub fn is_open(&self) -> bool {
        let Some(blk) = self.b.current_block() else {
            return false;
        };
        match self.b.func.layout.last_inst(blk) {
            Some(i) => !self.b.func.dfg.insts[i].opcode().is_terminator(),
            None => true,
        }
    }

    /// Jumps to `target` if the current block is still open.
    pub fn goto(&mut self, target: Block) {
        if self.is_open() {
            self.b.ins().jump(target, &[]);
        }
    }

    pub fn enter(&mut self, blk: Block) {
        self.goto(blk);
        self.b.switch_to_block(blk);
    }

    /// A function body (or literal body).
    pub fn body(&mut self, b: &'p ast::Block) -> Result<(), String> {
        self.has_defer = has_defer(&b.stmts);
        self.stmts(&b.stmts)?;
        if self.is_open() {
            if self.abi.results.is_empty() {
                self.do_return(vec![]);
            } else {
                let rl = self.result_locals.clone();
                let vals: Vec<V> = rl.iter().map(|(l, t)| self.read_res(l, *t)).collect();
                self.do_return(vals);
            }
        }
        if self.is_open() {
            self.b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        }
        Ok(())
    }

    pub fn stmts(&mut self, ss: &'p [Stmt]) -> Result<(), String> {
        for s in ss {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn def_obj(&self, id: &ast::Ident) -> Option<ObjId> {
        self.l.p.info.defs.get(&(self.file, id.span.lo)).copied()
    }

    pub fn stmt(&mut self, s: &'p Stmt) -> Result<(), String> {
        debug_assert!(self.hoisted.is_empty(), "a hoisted call was not used");
        self.set_line(s.span.lo);
        let label = self.label_next.take();
        match &s.kind {
            StmtKind::Empty | StmtKind::Const(_) | StmtKind::Type(_) | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                self.expr_stmt(e)?;
            }
            StmtKind::Send(ch, v) => {
                let (c, slot) = self.send_operands(ch, v)?;
                let gp = self.gp;
                self.rtcall("gust_chansend", &[ct::I64; 3], &[], &[gp, c, slot]);
                self.check_panic();
            }
            StmtKind::Go(e) => {
                let closure = self.make_thunk(e, true)?;
                let gp = self.gp;
                self.rtcall("gust_go", &[ct::I64, ct::I64], &[], &[gp, closure]);
            }
            StmtKind::Select { clauses } => self.select_stmt(clauses, label)?,
            StmtKind::IncDec(x, inc) => {
                let t = self.ty(x);
                let place = self.place(x)?;
                let cur = self.read_place(&place, t);
                let one = self.const_one(t);
                let op = if *inc {
                    ast::BinOp::Add
                } else {
                    ast::BinOp::Sub
                };
                let v = self.arith(op, t, cur, one, x.span)?;
                self.write_place(&place, t, &v);
            }
            StmtKind::Assign(lhs, op, rhs) => self.assign(lhs, *op, rhs)?,
            StmtKind::Define(lhs, rhs) => self.define(lhs, rhs)?,
            StmtKind::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec)?;
                }
            }
            StmtKind::Labeled(l, inner) => {
                let blk = self.label_block(&l.name);
                self.enter(blk);
                self.label_next = Some(l.name.clone());
                self.stmt(inner)?;
            }
            StmtKind::Defer(e) => self.defer_stmt(e)?,
            StmtKind::Return(vals) => self.return_stmt(vals)?,
            StmtKind::Break(l) => {
                let target = match l {
                    Some(l) => self
                        .loops
                        .iter()
                        .rev()
                        .find(|c| c.label.as_deref() == Some(&l.name))
                        .map(|c| c.brk),
                    None => self.loops.last().map(|c| c.brk),
                };
                if let Some(t) = target {
                    self.goto(t);
                }
                self.dead_block();
            }
            StmtKind::Continue(l) => {
                let target = match l {
                    Some(l) => self
                        .loops
                        .iter()
                        .rev()
                        .find(|c| c.label.as_deref() == Some(&l.name))
                        .and_then(|c| c.cont),
                    None => self.loops.iter().rev().find_map(|c| c.cont),
                };
                if let Some(t) = target {
                    self.goto(t);
                }
                self.dead_block();
            }
            StmtKind::Goto(l) => {
                let blk = self.label_block(&l.name);
                self.goto(blk);
                self.dead_block();
            }
            StmtKind::Fallthrough => {}
            StmtKind::Block(b) => self.stmts(&b.stmts)?,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let c = self.cond(cond)?;
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.stmts(&then.stmts)?;
                self.goto(done);
                self.b.switch_to_block(eb);
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.goto(done);
                self.b.switch_to_block(done);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let mut loop_vars = vec![];
                if let Some(i) = init {
                    if let StmtKind::Define(lhs, _) = &i.kind {
                        for l in lhs {
                            if let ExprKind::Ident(_) = l.kind {
                                if let Some(&o) = self.l.p.info.defs.get(&(self.file, l.span.lo)) {
                                    loop_vars.push(o);
                                }
                            }
                        }
                    }
                    self.stmt(i)?;
                }
                let head = self.b.create_block();
                let bodyb = self.b.create_block();
                let cont = self.b.create_block();
                let done = self.b.create_block();
                self.enter(head);
                if let Some(c) = cond {
                    let cv = self.cond(c)?;
                    self.b.ins().brif(cv, bodyb, &[], done, &[]);
                } else {
                    self.b.ins().jump(bodyb, &[]);
                }
                self.b.switch_to_block(bodyb);
                self.loops.push(super::func::LoopCx {
                    label,
                    brk: done,
                    cont: Some(cont),
                });
                self.stmts(&body.stmts)?;
                self.loops.pop();
                self.enter(cont);
                for o in loop_vars {
                    self.renew_cell(o);
                }
                if let Some(p) = post {
                    self.stmt(p)?;
                }
                self.poll();
                // Rotated loop: the condition is tested again at the
                // bottom (one branch per iteration instead of two) unless it
                // holds a function literal (which must be lowered once).
                match cond {
                    Some(c) if !has_func_lit(c) => {
                        let cv = self.cond(c)?;
                        self.b.ins().brif(cv, bodyb, &[], done, &[]);
                    }
                    _ => {
                        self.b.ins().jump(head, &[]);
                    }
                }
                self.b.switch_to_block(done);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, label)?,
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, label)?,
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, label)?,
        }
        Ok(())
    }

    pub fn unsupported(&self, span: ast::Span, what: &str) -> String {
        let line = self.l.line_of(self.file, span.lo);
        format!(
            "{}:{line}: {what} is not supported by this version of gust",
            self.l
                .sources
                .get(self.file)
                .map(|s| s.path.as_str())
                .unwrap_or("?")
        )
    }

    fn label_block(&mut self, name: &str) -> Block {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    pub fn cond(&mut self, e: &'p Expr) -> Result<Value, String> {
        let bt = self.l.p.types.basic(Basic::Bool);
        let v = self.expr(e, Some(bt))?;
        Ok(v.one())
    }

    fn expr_stmt(&mut self, e: &'p Expr) -> Result<(), String> {
        match &e.kind {
            ExprKind::Call { .. } => {
                self.call_multi(e)?;
            }
            ExprKind::Paren(x) => self.expr_stmt(x)?,
            _ => {
                self.expr(e, None)?;
            }
        }
        Ok(())
    }

    fn local_var_spec(&mut self, spec: &'p ast::VarSpec) -> Result<(), String> {
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.def_obj(n)).collect();
        let vals = self.rhs_values(
            &spec.values,
            spec.names.len(),
            objs.iter()
                .map(|o| o.map(|o| self.l.p.objs[o.0 as usize].ty))
                .collect(),
        )?;
        for (i, o) in objs.iter().enumerate() {
            let Some(o) = *o else { continue };
            let t = self.l.p.objs[o.0 as usize].ty;
            let v = vals.get(i).cloned();
            self.declare_local(o, t, v);
        }
        Ok(())
    }

    /// Evaluates right-hand sides for `n` targets of the given types (None
    /// for blank), converting each to its target type. Struct values are
    /// copied so later stores cannot alias them.
    pub fn rhs_values(
        &mut self,
        rhs: &'p [Expr],
        n: usize,
        targets: Vec<Option<TypeId>>,
    ) -> Result<Vec<V>, String> {
        if rhs.is_empty() {
            return Ok(vec![]);
        }
        let mut vals: Vec<(V, TypeId)> = vec![];
        if rhs.len() == 1 && n > 1 {
            vals = self.multi_value(&rhs[0], &targets)?;
        } else {
            for (i, r) in rhs.iter().enumerate() {
                let want = targets.get(i).copied().flatten();
                let v = self.expr(r, want)?;
                let t = self.ty_or(r, want);
                vals.push((v, t));
            }
        }
        let mut out = vec![];
        for (i, (v, t)) in vals.into_iter().enumerate() {
            let v = match targets.get(i).copied().flatten() {
                Some(to) => self.convert_assign(v, t, to),
                None => v,
            };
            let v = match v {
                V::M(a) if n > 1 => {
                    let tt = targets.get(i).copied().flatten().unwrap_or(t);
                    V::M(self.spill(tt, &V::M(a)))
                }
                v => v,
            };
            out.push(v);
        }
        Ok(out)
    }

    /// The values of a multi-valued expression: call, comma-ok forms.
    fn multi_value(
        &mut self,
        e: &'p Expr,
        targets: &[Option<TypeId>],
    ) -> Result<Vec<(V, TypeId)>, String> {
        let inner = strip_paren(e);
        match &inner.kind {
            ExprKind::Call { .. } => {
                let t = self.ty(inner);
                let vs = self.call_multi(inner)?;
                let ts: Vec<TypeId> = match self.types().kind(t) {
                    Kind::Tuple(ts) => ts.clone(),
                    _ => vec![t],
                };
                Ok(vs.into_iter().zip(ts).collect())
            }
            _ => {
                let want = targets.first().copied().flatten();
                let (v, ok) = self.comma_ok(inner, want)?;
                let t = match &inner.kind {
                    ExprKind::TypeAssert(_, Some(te)) => self.ty(te),
                    ExprKind::Index(x, _) => match self.types().ukind(self.ty(x)) {
                        Kind::Map(_, vt) => *vt,
                        _ => self.ty(inner),
                    },
                    _ => self.ty(inner),
                };
                let bt = self.l.p.types.basic(Basic::Bool);
                Ok(vec![(v, t), (V::R(vec![ok]), bt)])
            }
        }
    }

    fn define(&mut self, lhs: &'p [Expr], rhs: &'p [Expr]) -> Result<(), String> {
        // New variables get fresh storage; redeclared ones are assigned.
        let mut targets = vec![];
        let mut news = vec![];
        for l in lhs {
            let o = self.l.p.info.defs.get(&(self.file, l.span.lo)).copied();
            let is_new = o.is_some();
            let o = o.or_else(|| self.l.p.info.uses.get(&(self.file, l.id)).copied());
            let t = o.map(|o| self.l.p.objs[o.0 as usize].ty);
            let blank = matches!(&l.kind, ExprKind::Ident(n) if n == "_");
            targets.push(if blank { None } else { t });
            news.push((o, is_new && !blank));
        }
        let vals = self.rhs_values(rhs, lhs.len(), targets.clone())?;
        for (i, (o, is_new)) in news.into_iter().enumerate() {
            let Some(o) = o else { continue };
            if targets[i].is_none() {
                continue;
            }
            let t = targets[i].unwrap();
            if is_new {
                self.declare_local(o, t, Some(vals[i].clone()));
            } else {
                self.write_var(o, &vals[i]);
            }
        }
        Ok(())
    }

    /// Writes a variable (local or global).
    pub fn write_var(&mut self, o: ObjId, v: &V) {
        if self.locals.contains_key(&o) {
            self.write_local(o, v);
        } else {
            let t = self.l.p.objs[o.0 as usize].ty;
            let d = self.l.global(o);
            let a = self.data_addr(d);
            self.store_val(t, v, a, 0);
        }
    }

    fn assign(
        &mut self,
        lhs: &'p [Expr],
        op: Option<ast::BinOp>,
        rhs: &'p [Expr],
    ) -> Result<(), String> {
        if let Some(op) = op {
            let t = self.ty(&lhs[0]);
            let place = self.place(&lhs[0])?;
            let want = if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                None
            } else {
                Some(t)
            };
            // The value first, then the target is read (as gc orders it:
            // `x += f()` sees f's change to x).
            let r = self.expr(&rhs[0], want)?;
            // An operation that may still panic (integer division, a
            // shift count) must not have inserted the map entry yet.
            let may_panic = matches!(
                op,
                ast::BinOp::Quo | ast::BinOp::Rem | ast::BinOp::Shl | ast::BinOp::Shr
            );
            let cur = if may_panic {
                self.read_place_no_insert(&place, t)
            } else {
                self.read_place(&place, t)
            };
            let v = if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                let rt = self.ty_or(&rhs[0], None);
                self.shift(op, t, cur, r, rt)
            } else {
                self.arith(op, t, cur, r, rhs[0].span)?
            };
            self.write_place(&place, t, &v);
            return Ok(());
        }
        // Places first (index operands evaluated left to right), then values.
        // `a[i], a[j] = a[j], a[i]`: the values read (and bounds-check) each
        // element once, recording it in the memo; the stores to the same
        // elements then skip their own checks.
        if lhs.len() > 1 {
            self.addr_memo = Some(Default::default());
        }
        let r = self.assign_multi(lhs, rhs);
        self.addr_memo = None;
        r
    }

    fn assign_multi(&mut self, lhs: &'p [Expr], rhs: &'p [Expr]) -> Result<(), String> {
        let mut places = vec![];
        let mut targets = vec![];
        for l in lhs {
            if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                places.push(None);
                targets.push(None);
                continue;
            }
            let t = self.ty(l);
            places.push(Some(self.place_deferred(l)?));
            targets.push(Some(t));
        }
        let vals = if lhs.len() > 1 && rhs.len() == lhs.len() {
            // Tuple assignment: evaluate every value before storing.
            let mut vs = vec![];
            for (i, r) in rhs.iter().enumerate() {
                let want = targets[i];
                let v = self.expr(r, want)?;
                let rt = self.ty_or(r, want);
                let v = match want {
                    Some(to) => self.convert_assign(v, rt, to),
                    None => v,
                };
                let v = self.copied(want.unwrap_or(rt), v);
                vs.push(v);
            }
            vs
        } else {
            self.rhs_values(rhs, lhs.len(), targets.clone())?
        };
        for (i, p) in places.into_iter().enumerate() {
            if let (Some((p, check)), Some(t)) = (p, targets[i]) {
                match check {
                    Some(Pending::Nil(ptr)) => self.nil_check(ptr),
                    Some(Pending::Bounds(i, len, key)) => {
                        // `a[i], a[j] = a[j], a[i]`: the values already read
                        // (and checked) the same elements, before any store.
                        let read = key.is_some_and(|k| {
                            self.addr_memo.as_ref().is_some_and(|m| m.contains_key(&k))
                        });
                        if !read {
                            self.bounds_check(i, len);
                        }
                    }
                    None => {}
                }
                self.write_place(&p, t, &vals[i]);
            }
        }
        Ok(())
    }

    /// An assignment's target, with the check that guards its final store
    /// (a nil pointer, an index out of range) left for the assignment
    /// itself: Go evaluates the operands of every target and all values
    /// first, then assigns left to right, so `m[k], *p = 1, 2` with a nil
    /// `p` stores into `m` before it panics.
    fn place_deferred(&mut self, e: &'p Expr) -> Result<(Place, Option<Pending>), String> {
        let e = strip_paren(e);
        match &e.kind {
            ExprKind::Unary(ast::UnOp::Deref, x) => {
                let p = self.expr(x, None)?.one();
                Ok((Place::Mem(p), Some(Pending::Nil(p))))
            }
            ExprKind::Selector(x, sel) if !self.l.p.info.uses.contains_key(&(self.file, e.id)) => {
                let xt = self.ty(x);
                if let Kind::Pointer(b) = self.types().ukind(xt).clone() {
                    if let Some(Member::Field { path, .. }) =
                        find_member(self.types(), &self.l.p.methods, xt, &sel.name)
                    {
                        if path.len() == 1 {
                            let p = self.expr(x, None)?.one();
                            let (a, _) = self.field_path_addr(p, b, &path);
                            return Ok((Place::Mem(a), Some(Pending::Nil(p))));
                        }
                    }
                }
                Ok((self.place(e)?, None))
            }
            ExprKind::Index(x, idx) if matches!(self.types().ukind(self.ty(x)), Kind::Slice(_)) => {
                let Kind::Slice(elem) = self.types().ukind(self.ty(x)).clone() else {
                    unreachable!()
                };
                let int_t = self.l.p.types.basic(Basic::Int);
                let ws = self.slice_words(x, false)?;
                let it = self.ty_or(&idx[0], Some(int_t));
                let iv = self.expr(&idx[0], Some(it))?.one();
                let iv = self.widen_i64(iv, it);
                let size = self.lay(elem).size as i64;
                let off = self.b.ins().imul_imm_s(iv, size);
                let a = self.b.ins().iadd(ws[0], off);
                if self.known_in_bounds(x, &idx[0]) {
                    return Ok((Place::Mem(a), None));
                }
                let key = self
                    .addr_memo
                    .as_ref()
                    .and_then(|_| self.memo_key(x, &idx[0]));
                Ok((Place::Mem(a), Some(Pending::Bounds(iv, ws[1], key))))
            }
            _ => Ok((self.place(e)?, None)),
        }
    }

    fn return_stmt(&mut self, vals: &'p [Expr]) -> Result<(), String> {
        let results = self.abi.results.clone();
        if vals.is_empty() {
            if results.is_empty() {
                self.do_return(vec![]);
            } else {
                let rl = self.result_locals.clone();
                let vs: Vec<V> = rl.iter().map(|(l, t)| self.read_res(l, *t)).collect();
                self.do_return(vs);
            }
            return Ok(());
        }
        let targets: Vec<Option<TypeId>> = results.iter().map(|t| Some(*t)).collect();
        let vs = self.rhs_values(vals, results.len(), targets)?;
        self.do_return(vs);
        Ok(())
    }

    // ------------------------------------------------------------ range

    fn range_stmt(
        &mut self,
        key: Option<&'p Expr>,
        value: Option<&'p Expr>,
        define: bool,
        x: &'p Expr,
        body: &'p ast::Block,
        label: Option<String>,
    ) -> Result<(), String> {
        let xt = self.ty(x);
        let int_t = self.l.p.types.basic(Basic::Int);
        // `for k, _ = range x` needs no element (a nil array pointer is
        // then never dereferenced).
        let value = value.filter(|v| !matches!(&v.kind, ExprKind::Ident(n) if n == "_"));
        let outer_pending = self.range_pending.take();
        if !define && key.is_some() && value.is_some() {
            self.range_pending = Some(vec![]);
        }
        let r = self.range_loop(key, value, define, x, body, label, xt, int_t);
        self.range_pending = outer_pending;
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        key: Option<&'p Expr>,
        value: Option<&'p Expr>,
        define: bool,
        x: &'p Expr,
        body: &'p ast::Block,
        label: Option<String>,
        xt: TypeId,
        int_t: TypeId,
    ) -> Result<(), String> {
        // Targets: (object for define, place for assignment).
        let key_t = key.map(|k| self.target_type(k, define));
        // (index variable, length) of a loop rotated to test at the bottom.
        let mut rotate: Option<(cranelift_frontend::Variable, Value)> = None;
        let head = self.b.create_block();
        let bodyb = self.b.create_block();
        let cont = self.b.create_block();
        let done = self.b.create_block();
        match self.types().ukind(xt).clone() {
            Kind::Basic(b) if b.is_integer() => {
                // Go 1.22: range over an integer.
                let it = if b.is_untyped() {
                    key_t.flatten().unwrap_or(int_t)
                } else {
                    xt
                };
                let n = self.expr(x, Some(it))?.one();
                let ity = self.lay(it).repr.words()[0];
                let iv = self.b.declare_var(ity);
                let z = self.iconst(ity, 0);
                self.b.def_var(iv, z);
                self.enter(head);
                let i = self.b.use_var(iv);
                let c = self.b.ins().icmp(
                    if b.is_unsigned() {
                        IntCC::UnsignedLessThan
                    } else {
                        IntCC::SignedLessThan
                    },
                    i,
                    n,
                );
                self.b.ins().brif(c, bodyb, &[], done, &[]);
                self.b.switch_to_block(bodyb);
                if let Some(k) = key {
                    self.bind_range(k, define, it, V::R(vec![i]))?;
                }
                self.range_body(body, label, done, cont)?;
                self.enter(cont);
                let i = self.b.use_var(iv);
                let i2 = self.b.ins().iadd_imm_s(i, 1);
                self.b.def_var(iv, i2);
            }
            Kind::Slice(_) | Kind::Array(..) | Kind::Pointer(_) => {
                let (elem_t, is_slice) = match self.types().ukind(xt) {
                    Kind::Slice(e) => (*e, true),
                    Kind::Array(_, e) => (*e, false),
                    Kind::Pointer(a) => match self.types().ukind(*a) {
                        Kind::Array(_, e) => (*e, false),
                        _ => unreachable!(),
                    },
                    _ => unreachable!(),
                };
                let elem_size = self.lay(elem_t).size as i64;
                // Evaluate the range expression once.
                let (base, len) = match self.types().ukind(xt).clone() {
                    Kind::Slice(_) => {
                        let ws = self.slice_words(x, false)?;
                        (ws[0], ws[1])
                    }
                    Kind::Array(n, _) => {
                        // Only the length is needed without a value variable.
                        let n = self.iconst(ct::I64, n as i64);
                        if value.is_some() {
                            let v = self.expr(x, None)?;
                            let a = self.spill(xt, &v);
                            (a, n)
                        } else {
                            // Only the length is needed, but a range
                            // expression with calls or receives still runs
                            // (its length is not constant in Go's sense).
                            if has_call_or_recv(x) {
                                self.expr(x, None)?;
                            }
                            (n, n)
                        }
                    }
                    Kind::Pointer(a) => {
                        let Kind::Array(n, _) = self.types().ukind(a).clone() else {
                            unreachable!()
                        };
                        let p = self.expr(x, None)?.one();
                        let n = self.iconst(ct::I64, n as i64);
                        if value.is_some() {
                            self.nil_check(p);
                        }
                        (p, n)
                    }
                    _ => unreachable!(),
                };
                let _ = is_slice;
                let iv = self.b.declare_var(ct::I64);
                let z = self.iconst(ct::I64, 0);
                self.b.def_var(iv, z);
                self.enter(head);
                let i = self.b.use_var(iv);
                let c = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
                self.b.ins().brif(c, bodyb, &[], done, &[]);
                self.b.switch_to_block(bodyb);
                // The loop is rotated (the bottom tests `i < len` again),
                // so the body reads the index afresh.
                let i = self.b.use_var(iv);
                rotate = Some((iv, len));
                if let Some(k) = key {
                    self.bind_range(k, define, int_t, V::R(vec![i]))?;
                }
                if let Some(v) = value {
                    let off = self.b.ins().imul_imm_s(i, elem_size);
                    let a = self.b.ins().iadd(base, off);
                    let ev = self.load_val(elem_t, a, 0);
                    let ev = self.copied(elem_t, ev);
                    self.bind_range(v, define, elem_t, ev)?;
                }
                // `for i := range s { ... s[i] ... }`: while neither `i` nor
                // `s` is written in the body, `s[i]` needs no bounds check.
                let pair = self.range_index_pair(key, define, x, body, is_slice);
                if let Some(pr) = pair {
                    self.inbounds.push(pr);
                }
                self.range_body(body, label, done, cont)?;
                if pair.is_some() {
                    self.inbounds.pop();
                }
                self.enter(cont);
                let i = self.b.use_var(iv);
                let i2 = self.b.ins().iadd_imm_s(i, 1);
                self.b.def_var(iv, i2);
            }
            Kind::Basic(_) => {
                // String: runes.
                let v = self.expr(x, None)?;
                let V::R(ws) = v else { unreachable!() };
                let (sp, sl) = (ws[0], ws[1]);
                let iv = self.b.declare_var(ct::I64);
                let z = self.iconst(ct::I64, 0);
                self.b.def_var(iv, z);
                self.enter(head);
                let i = self.b.use_var(iv);
                let c = self.b.ins().icmp(IntCC::SignedLessThan, i, sl);
                self.b.ins().brif(c, bodyb, &[], done, &[]);
                self.b.switch_to_block(bodyb);
                let r = self.rtcall(
                    "gust_decoderune",
                    &[ct::I64, ct::I64, ct::I64],
                    &[ct::I64, ct::I64],
                    &[sp, sl, i],
                );
                let next = self.b.declare_var(ct::I64);
                self.b.def_var(next, r[1]);
                if let Some(k) = key {
                    self.bind_range(k, define, int_t, V::R(vec![i]))?;
                }
                if let Some(v) = value {
                    let rune_t = self.l.p.types.basic(Basic::Int32);
                    let r32 = self.b.ins().ireduce(ct::I32, r[0]);
                    self.bind_range(v, define, rune_t, V::R(vec![r32]))?;
                }
                self.range_body(body, label, done, cont)?;
                self.enter(cont);
                let n = self.b.use_var(next);
                self.b.def_var(iv, n);
            }
            Kind::Map(kt, vt) => {
                let m = self.expr(x, None)?.one();
                let it = self.stack_slot(80, 8);
                let gp = self.gp;
                let md = self.desc_addr(xt);
                self.rtcall(
                    "gust_mapiterinit",
                    &[ct::I64, ct::I64, ct::I64, ct::I64],
                    &[],
                    &[gp, md, m, it],
                );
                self.enter(head);
                let more = self.rtcall("gust_mapiternext", &[ct::I64], &[ct::I8], &[it])[0];
                self.b.ins().brif(more, bodyb, &[], done, &[]);
                self.b.switch_to_block(bodyb);
                if let Some(k) = key {
                    let kp = self.b.ins().load(ct::I64, super::func::flags(), it, 0);
                    let kv = self.load_val(kt, kp, 0);
                    let kv = self.copied(kt, kv);
                    self.bind_range(k, define, kt, kv)?;
                }
                if let Some(v) = value {
                    let vp = self.b.ins().load(ct::I64, super::func::flags(), it, 8);
                    let vv = self.load_val(vt, vp, 0);
                    let vv = self.copied(vt, vv);
                    self.bind_range(v, define, vt, vv)?;
                }
                self.range_body(body, label, done, cont)?;
                self.enter(cont);
            }
            Kind::Chan(_, et) => {
                let c = self.expr(x, None)?.one();
                let l = self.lay(et);
                let slot = self.stack_slot(l.size, l.align);
                let gp = self.gp;
                self.enter(head);
                let r = self.rtcall("gust_chanrecv", &[ct::I64; 3], &[ct::I64], &[gp, c, slot])[0];
                self.b.ins().brif(r, bodyb, &[], done, &[]);
                self.b.switch_to_block(bodyb);
                if let Some(k) = key {
                    let v = self.load_val(et, slot, 0);
                    let v = self.copied(et, v);
                    self.bind_range(k, define, et, v)?;
                }
                self.range_body(body, label, done, cont)?;
                self.enter(cont);
            }
            _ => return Err(self.unsupported(x.span, "range over this type")),
        }
        // An innermost loop over a slice, array or string runs at most
        // len(x) times over memory that exists: it needs no preemption
        // poll (its enclosing loop, or its callees' loops, have theirs).
        // Ranges over integers, maps and channels keep theirs.
        let bounded = match self.types().ukind(xt) {
            Kind::Slice(_) | Kind::Array(..) | Kind::Pointer(_) => true,
            Kind::Basic(b) => b.is_string(),
            _ => false,
        };
        if !bounded || has_loop(&body.stmts) {
            self.poll();
        }
        match rotate {
            Some((iv, len)) => {
                let i = self.b.use_var(iv);
                let c = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
                self.b.ins().brif(c, bodyb, &[], done, &[]);
            }
            None => {
                self.b.ins().jump(head, &[]);
            }
        }
        self.b.switch_to_block(done);
        Ok(())
    }

    /// The (index variable, slice variable) of a range loop whose body
    /// writes neither, when both are plain locals.
    fn range_index_pair(
        &self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        is_slice: bool,
    ) -> Option<(ObjId, ObjId)> {
        if !is_slice || !define {
            return None;
        }
        let k = key?;
        let ko = *self.l.p.info.defs.get(&(self.file, k.span.lo))?;
        let xs = strip_paren(x);
        if !matches!(xs.kind, ExprKind::Ident(_)) {
            return None;
        }
        let so = *self.l.p.info.uses.get(&(self.file, xs.id))?;
        if !matches!(self.locals.get(&so), Some(super::func::Local::Vars(_)))
            || self.escapes.addressed(&ko)
            || self.escapes.addressed(&so)
        {
            return None;
        }
        if writes_any(self.l.p, self.file, &body.stmts, &[ko, so]) {
            return None;
        }
        Some((ko, so))
    }

    fn target_type(&self, e: &Expr, define: bool) -> Option<TypeId> {
        if matches!(&e.kind, ExprKind::Ident(n) if n == "_") {
            return None;
        }
        if define {
            let o = self.l.p.info.defs.get(&(self.file, e.span.lo))?;
            Some(self.l.p.objs[o.0 as usize].ty)
        } else {
            Some(self.ty(e))
        }
    }

    fn bind_range(&mut self, e: &'p Expr, define: bool, from: TypeId, v: V) -> Result<(), String> {
        if matches!(&e.kind, ExprKind::Ident(n) if n == "_") {
            return Ok(());
        }
        if define {
            if let Some(&o) = self.l.p.info.defs.get(&(self.file, e.span.lo)) {
                let t = self.l.p.objs[o.0 as usize].ty;
                let v = self.convert_assign(v, from, t);
                self.declare_local(o, t, Some(v));
            }
        } else {
            let t = self.ty(e);
            let v = self.convert_assign(v, from, t);
            let p = self.place(e)?;
            match self.range_pending.as_mut() {
                Some(pending) => pending.push((p, t, v)),
                None => self.write_place(&p, t, &v),
            }
        }
        Ok(())
    }

    fn range_body(
        &mut self,
        body: &'p ast::Block,
        label: Option<String>,
        done: Block,
        cont: Block,
    ) -> Result<(), String> {
        if let Some(pending) = self.range_pending.take() {
            for (p, t, v) in pending {
                self.write_place(&p, t, &v);
            }
        }
        self.loops.push(super::func::LoopCx {
            label,
            brk: done,
            cont: Some(cont),
        });
        self.stmts(&body.stmts)?;
        self.loops.pop();
        Ok(())
    }

    // ------------------------------------------------------------ switch

    fn switch_stmt(
        &mut self,
        init: Option<&'p Stmt>,
        tag: Option<&'p Expr>,
        clauses: &'p [ast::CaseClause],
        label: Option<String>,
    ) -> Result<(), String> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let bool_t = self.l.p.types.basic(Basic::Bool);
        let (tag_v, tag_t) = match tag {
            Some(t) => {
                let tt = self.ty(t);
                let tt = self.types().default_type(tt);
                let v = self.expr(t, Some(tt))?;
                let v = self.copied(tt, v);
                (Some(v), tt)
            }
            None => (None, bool_t),
        };
        let done = self.b.create_block();
        let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(es) = &c.exprs else {
                default = Some(ci);
                continue;
            };
            for e in es {
                let hit = match &tag_v {
                    Some(tv) => {
                        let et = self.ty_or(e, Some(tag_t));
                        let ev = self.expr(e, Some(tag_t))?;
                        self.compare(ast::BinOp::Eq, tag_t, tv.clone(), et, ev)?
                    }
                    None if self.types().is_interface(self.ty(e)) => {
                        let it = self.ty(e);
                        let v = self.expr(e, None)?;
                        let tv = V::R(vec![self.iconst(ct::I8, 1)]);
                        self.compare(ast::BinOp::Eq, it, v, bool_t, tv)?
                    }
                    None => self.cond(e)?,
                };
                let next = self.b.create_block();
                self.b.ins().brif(hit, bodies[ci], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self.b.ins().jump(done, &[]),
        };
        self.loops.push(super::func::LoopCx {
            label,
            brk: done,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[ci]);
            self.stmts(&c.body)?;
            let falls = c
                .body
                .last()
                .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
            if falls && ci + 1 < clauses.len() {
                self.goto(bodies[ci + 1]);
            } else {
                self.goto(done);
            }
        }
        self.loops.pop();
        self.b.switch_to_block(done);
        Ok(())
    }

    fn type_switch(
        &mut self,
        init: Option<&'p Stmt>,
        _bind: Option<&'p ast::Ident>,
        x: &'p Expr,
        clauses: &'p [ast::CaseClause],
        label: Option<String>,
    ) -> Result<(), String> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let xt = self.ty(x);
        let v = self.expr(x, None)?;
        let V::R(ws) = v.clone() else { unreachable!() };
        let dyn_t = self.dyn_type(xt, ws[0]);
        let done = self.b.create_block();
        let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(es) = &c.exprs else {
                default = Some(ci);
                continue;
            };
            for e in es {
                let hit = if matches!(&e.kind, ExprKind::Ident(n) if n == "nil")
                    && self
                        .l
                        .p
                        .info
                        .uses
                        .get(&(self.file, e.id))
                        .is_none_or(|o| self.l.p.objs[o.0 as usize].kind == ObjKind::Nil)
                {
                    self.b.ins().icmp_imm_s(IntCC::Equal, dyn_t, 0)
                } else {
                    let t = self.ty(e);
                    self.type_matches(dyn_t, t)
                };
                let next = self.b.create_block();
                self.b.ins().brif(hit, bodies[ci], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self.b.ins().jump(done, &[]),
        };
        self.loops.push(super::func::LoopCx {
            label,
            brk: done,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[ci]);
            if let Some(&o) = self.l.p.info.defs.get(&(self.file, c.head.lo)) {
                let bt = self.l.p.objs[o.0 as usize].ty;
                let bv = if self.types().is_interface(bt) {
                    self.convert_assign(v.clone(), xt, bt)
                } else {
                    self.unbox(bt, ws[1])
                };
                self.declare_local(o, bt, Some(bv));
            }
            self.stmts(&c.body)?;
            self.goto(done);
        }
        self.loops.pop();
        self.b.switch_to_block(done);
        Ok(())
    }

    // ------------------------------------------------------------ defer

    /// The channel and a stack slot holding the value of `ch <- v`.
    fn send_operands(&mut self, ch: &'p Expr, v: &'p Expr) -> Result<(Value, Value), String> {
        let t = self.ty(ch);
        let Kind::Chan(_, elem) = self.types().ukind(t).clone() else {
            unreachable!()
        };
        let c = self.expr(ch, None)?.one();
        let vt = self.ty_or(v, Some(elem));
        let val = self.expr(v, Some(elem))?;
        let val = self.convert_assign(val, vt, elem);
        let slot = self.spill(elem, &val);
        Ok((c, slot))
    }

    /// `select`: every channel operand and sent value is evaluated in
    /// source order, then `gust_select` picks a case (or default).
    fn select_stmt(
        &mut self,
        clauses: &'p [ast::CommClause],
        label: Option<String>,
    ) -> Result<(), String> {
        // (clause index, is recv, element type, element slot, recv expr stmt)
        struct Case<'p> {
            clause: usize,
            elem: TypeId,
            slot: Value,
            recv: Option<&'p Stmt>,
        }
        let mut cases: Vec<Case<'p>> = vec![];
        let mut vals: Vec<(Value, Value, i64)> = vec![];
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(comm) = &c.comm else {
                default = Some(ci);
                continue;
            };
            if let StmtKind::Send(ch, v) = &comm.kind {
                let t = self.ty(ch);
                let Kind::Chan(_, elem) = self.types().ukind(t).clone() else {
                    unreachable!()
                };
                let (cv, slot) = self.send_operands(ch, v)?;
                vals.push((cv, slot, 1));
                cases.push(Case {
                    clause: ci,
                    elem,
                    slot,
                    recv: None,
                });
                continue;
            }
            let rx = match &comm.kind {
                StmtKind::Expr(e) => e,
                StmtKind::Assign(_, None, r) | StmtKind::Define(_, r) => &r[0],
                _ => return Err(self.unsupported(comm.span, "this select case")),
            };
            let ExprKind::Unary(UnOp::Recv, x) = &strip_paren(rx).kind else {
                return Err(self.unsupported(comm.span, "this select case"));
            };
            let t = self.ty(x);
            let Kind::Chan(_, elem) = self.types().ukind(t).clone() else {
                unreachable!()
            };
            let cv = self.expr(x, None)?.one();
            let l = self.lay(elem);
            let slot = self.stack_slot(l.size, l.align);
            vals.push((cv, slot, 0));
            cases.push(Case {
                clause: ci,
                elem,
                slot,
                recv: Some(comm),
            });
        }
        let n = cases.len();
        let arr = self.stack_slot(24 * n as u64, 8);
        for (i, (c, slot, dir)) in vals.iter().enumerate() {
            let fl = super::func::flags();
            self.b.ins().store(fl, *c, arr, 24 * i as i32);
            self.b.ins().store(fl, *slot, arr, 24 * i as i32 + 8);
            let d = self.iconst(ct::I64, *dir);
            self.b.ins().store(fl, d, arr, 24 * i as i32 + 16);
        }
        let gp = self.gp;
        let nv = self.iconst(ct::I64, n as i64);
        let block = self.iconst(ct::I64, default.is_none() as i64);
        let r = self.rtcall(
            "gust_select",
            &[ct::I64; 4],
            &[ct::I64, ct::I64],
            &[gp, arr, nv, block],
        );
        self.check_panic();
        let (idx, okw) = (r[0], r[1]);
        let done = self.b.create_block();
        let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        for (i, c) in cases.iter().enumerate() {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, idx, i as i64);
            let next = self.b.create_block();
            self.b.ins().brif(hit, bodies[c.clause], &[], next, &[]);
            self.b.switch_to_block(next);
        }
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self
                .b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1)),
        };
        self.loops.push(super::func::LoopCx {
            label,
            brk: done,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[ci]);
            if let Some(cs) = cases.iter().find(|k| k.clause == ci) {
                if let Some(comm) = cs.recv {
                    let (lhs, define) = match &comm.kind {
                        StmtKind::Assign(l, None, _) => (Some(l), false),
                        StmtKind::Define(l, _) => (Some(l), true),
                        _ => (None, false),
                    };
                    if let Some(lhs) = lhs {
                        let v = self.load_val(cs.elem, cs.slot, 0);
                        let v = self.copied(cs.elem, v);
                        self.bind_range(&lhs[0], define, cs.elem, v)?;
                        if lhs.len() > 1 {
                            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, okw, 0);
                            let bt = self.l.p.types.basic(Basic::Bool);
                            self.bind_range(&lhs[1], define, bt, V::R(vec![ok]))?;
                        }
                    }
                }
            }
            self.stmts(&c.body)?;
            self.goto(done);
        }
        self.loops.pop();
        self.b.switch_to_block(done);
        Ok(())
    }

    fn defer_stmt(&mut self, e: &'p Expr) -> Result<(), String> {
        let closure = self.make_thunk(e, false)?;
        let fp = self.fp();
        let gp = self.gp;
        self.rtcall(
            "gust_defer_push",
            &[ct::I64, ct::I64, ct::I64],
            &[],
            &[gp, fp, closure],
        );
        Ok(())
    }

    /// Initialises the package variables of one `var` spec (entry code).
    pub fn init_global_spec(&mut self, file: usize, spec: &'p ast::VarSpec) -> Result<(), String> {
        self.file = file;
        self.set_line(spec.span.lo);
        if spec.values.is_empty() {
            return Ok(());
        }
        let objs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| self.l.p.info.defs.get(&(file, n.span.lo)).copied())
            .collect();
        let targets: Vec<Option<TypeId>> = objs
            .iter()
            .zip(&spec.names)
            .map(|(o, n)| {
                if n.name == "_" {
                    None
                } else {
                    o.map(|o| self.l.p.objs[o.0 as usize].ty)
                }
            })
            .collect();
        let vals = self.rhs_values(&spec.values, spec.names.len(), targets.clone())?;
        for (i, o) in objs.iter().enumerate() {
            if let (Some(o), Some(_)) = (o, targets[i]) {
                self.write_var(*o, &vals[i]);
            }
        }
        Ok(())
    }

    pub fn const_one(&mut self, t: TypeId) -> V {
        match self.lay(t).repr {
            Repr::Scalar(ct::F64) => V::R(vec![self.b.ins().f64const(1.0)]),
            Repr::Scalar(ct::F32) => V::R(vec![self.b.ins().f32const(1.0)]),
            Repr::Scalar(w) => V::R(vec![self.iconst(w, 1)]),
            _ => V::R(vec![]),
        }
    }
}

/// Whether any statement in `stmts` (nested ones included) assigns to one
/// of the variables `objs`.
fn writes_any(p: &Program, file: usize, stmts: &[Stmt], objs: &[ObjId]) -> bool {
    let hits = |e: &Expr| {
        let e = strip_paren(e);
        matches!(e.kind, ExprKind::Ident(_))
            && p.info
                .uses
                .get(&(file, e.id))
                .is_some_and(|o| objs.contains(o))
    };
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Assign(lhs, _, _) | StmtKind::Define(lhs, _) => lhs.iter().any(hits),
        StmtKind::IncDec(x, _) => hits(x),
        StmtKind::Range {
            key, value, body, ..
        } => key.iter().chain(value.iter()).any(hits) || writes_any(p, file, &body.stmts, objs),
        StmtKind::Labeled(_, x) => writes_any(p, file, std::slice::from_ref(&**x), objs),
        StmtKind::Block(b) => writes_any(p, file, &b.stmts, objs),
        StmtKind::If {
            init, then, els, ..
        } => {
            init.iter()
                .any(|i| writes_any(p, file, std::slice::from_ref(&**i), objs))
                || writes_any(p, file, &then.stmts, objs)
                || els
                    .iter()
                    .any(|e| writes_any(p, file, std::slice::from_ref(&**e), objs))
        }
        StmtKind::For {
            init, post, body, ..
        } => {
            init.iter()
                .chain(post.iter())
                .any(|i| writes_any(p, file, std::slice::from_ref(&**i), objs))
                || writes_any(p, file, &body.stmts, objs)
        }
        StmtKind::Switch { init, clauses, .. } | StmtKind::TypeSwitch { init, clauses, .. } => {
            init.iter()
                .any(|i| writes_any(p, file, std::slice::from_ref(&**i), objs))
                || clauses.iter().any(|c| writes_any(p, file, &c.body, objs))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| {
            c.comm
                .iter()
                .any(|i| writes_any(p, file, std::slice::from_ref(&**i), objs))
                || writes_any(p, file, &c.body, objs)
        }),
        _ => false,
    })
}

fn has_func_lit(e: &Expr) -> bool {
    let mut found = false;
    visit::walk_expr(e, &mut |x: &Expr| {
        if matches!(x.kind, ExprKind::FuncLit { .. }) {
            found = true;
        }
    });
    found
}

pub fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
