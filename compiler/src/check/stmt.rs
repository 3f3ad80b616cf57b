//! Statements: scopes, assignments, control flow, `declared and not used`,
//! branch validity and the terminating-statement rule for `missing return`.

use super::expr::{Mode, Operand};
use super::*;
use gust_grammar::ast::{Expr, ExprKind, Stmt, StmtKind};

impl<'a> Checker<'a> {
    /// A function body: its statements, then its unused variables and its
    /// branch statements.
    pub(super) fn func_body(&mut self, body: &ast::Block, scope: usize) {
        self.stmts_in(&body.stmts, scope);
        self.report_unused(scope);
        for (span, msg) in super::branches::check(body) {
            self.error(span, msg);
        }
    }

    fn stmts_in(&mut self, stmts: &[Stmt], scope: usize) {
        for s in stmts {
            self.stmt(s, scope);
        }
    }

    fn new_block(&mut self, parent: usize) -> usize {
        self.push_scope_detached(Some(parent))
    }

    fn report_unused(&mut self, scope: usize) {
        let mut ids: Vec<ObjId> = self.scopes[scope].names.values().copied().collect();
        ids.sort();
        for id in ids {
            let o = &self.objs[id.0 as usize];
            // A variable whose declaration failed (type INVALID) was reported.
            if matches!(o.kind, ObjKind::Var) && !o.used && !o.global && o.ty != INVALID {
                let (span, name) = (o.span, o.name.clone());
                let d = Diagnostic::new(span, format!("{name} declared and not used"))
                    .hint(format!("use {name}, or assign it to _ (`_ = {name}`)"));
                self.report(d);
            }
        }
    }

    fn close_block(&mut self, scope: usize) {
        self.report_unused(scope);
    }

    pub(super) fn local_var(&mut self, scope: usize, name: &ast::Ident, ty: TypeId) -> ObjId {
        let path = self.pkg_path();
        if name.name != "_" {
            if let Some(&prev) = self.scopes[scope].names.get(&name.name) {
                let _ = prev;
                self.error(name.span, format!("{} redeclared in this block", name.name));
            }
        }
        self.declare_in(scope, &name.name, ObjKind::Var, ty, name.span, &path)
    }

    fn stmt(&mut self, s: &Stmt, scope: usize) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let op = self.expr_multi(e, scope);
                if op.mode == Mode::Invalid {
                    return;
                }
                let inner = strip_paren(e);
                let used = match &inner.kind {
                    ExprKind::Call { .. } => self.call_kind(inner) == CallKind::Func,
                    ExprKind::Unary(ast::UnOp::Recv, _) => true,
                    _ => false,
                };
                if !used {
                    self.error(e.span, format!("{} is not used", self.describe(e, &op)));
                }
            }
            StmtKind::Send(ch, v) => {
                let co = self.expr(ch, scope, None);
                match self.types.ukind(co.ty).clone() {
                    Kind::Chan(Dir::Recv, _) => {
                        self.expr(v, scope, None);
                        self.error(
                            s.span,
                            format!(
                                "invalid operation: cannot send to receive-only channel {}",
                                self.describe(ch, &co)
                            ),
                        );
                    }
                    Kind::Chan(_, el) => {
                        let mut vo = self.expr(v, scope, Some(el));
                        self.assign_to_e(&mut vo, el, "send", v.span, Some(v));
                    }
                    Kind::Invalid => {
                        self.expr(v, scope, None);
                    }
                    _ => {
                        self.expr(v, scope, None);
                        self.error(
                            s.span,
                            format!(
                                "invalid operation: cannot send to non-channel {}",
                                self.describe(ch, &co)
                            ),
                        );
                    }
                }
            }
            StmtKind::IncDec(x, inc) => {
                let xo = self.expr(x, scope, None);
                if xo.mode == Mode::Invalid {
                    return;
                }
                if !self.types.basic_of(xo.ty).is_some_and(|b| b.is_numeric()) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            self.expr_text(x),
                            self.types.name(xo.ty)
                        ),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &xo);
            }
            StmtKind::Assign(lhs, op, rhs) => self.assign_stmt(s, lhs, *op, rhs, scope),
            StmtKind::Define(lhs, rhs) => self.define_stmt(s, lhs, rhs, scope),
            StmtKind::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec, scope);
                }
            }
            StmtKind::Const(specs) => {
                for (spec, src) in const_sources(specs) {
                    let mut ids = vec![];
                    for (i, n) in spec.names.iter().enumerate() {
                        let path = self.pkg_path();
                        let id = self.new_obj(
                            &n.name,
                            ObjKind::Const(crate::constant::Const::Bool(false)),
                            INVALID,
                            n.span,
                            &path,
                        );
                        self.objs[id.0 as usize].used = true;
                        self.iota = Some(spec.iota as i64);
                        self.resolve_local_const(id, spec, src, i, scope);
                        ids.push((n, id));
                    }
                    for (n, id) in ids {
                        if n.name != "_" {
                            self.scopes[scope].names.insert(n.name.clone(), id);
                        }
                    }
                    self.iota = None;
                }
            }
            StmtKind::Type(specs) => {
                for spec in specs {
                    let path = self.pkg_path();
                    let id = self.declare_in(
                        scope,
                        &spec.name.name,
                        ObjKind::TypeName,
                        INVALID,
                        spec.name.span,
                        &path,
                    );
                    self.objs[id.0 as usize].used = true;
                    if spec.alias {
                        if matches!(&spec.ty.kind, ExprKind::Ident(n) if *n == spec.name.name) {
                            let msg = format!("invalid recursive type {}", spec.name.name);
                            self.error(spec.name.span, msg);
                            continue;
                        }
                        let t = self.type_expr(&spec.ty, scope);
                        self.objs[id.0 as usize].ty = t;
                    } else {
                        let named = self.types.new_named(&spec.name.name, &path);
                        self.objs[id.0 as usize].ty = named;
                        let u = self.type_expr(&spec.ty, scope);
                        self.set_named_underlying(named, u, &spec.name);
                        self.finish_named_types();
                    }
                }
            }
            StmtKind::Labeled(_, inner) => self.stmt(inner, scope),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let kw = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let inner = strip_paren(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.expr_or_type(e, scope, None);
                    self.error(e.span, format!("expression in {kw} must be function call"));
                    return;
                }
                if !std::ptr::eq(inner, e) {
                    self.error(
                        e.span,
                        format!("expression in {kw} must not be parenthesized"),
                    );
                }
                self.expr_or_type(e, scope, None);
                match self.call_kind(inner) {
                    CallKind::Func => {}
                    CallKind::Conversion => self.error(
                        e.span,
                        format!("{kw} requires function call, not conversion"),
                    ),
                    CallKind::ValueBuiltin => self.error(
                        e.span,
                        format!("{kw} discards result of {}", self.expr_text(e)),
                    ),
                }
            }
            StmtKind::Return(vals) => self.return_stmt(s, vals, scope),
            StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Goto(_) | StmtKind::Fallthrough => {}
            StmtKind::Block(b) => {
                let sc = self.new_block(scope);
                self.stmts_in(&b.stmts, sc);
                self.close_block(sc);
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let sc = self.new_block(scope);
                if let Some(i) = init {
                    self.stmt(i, sc);
                }
                self.cond(cond, sc, "if statement");
                let tsc = self.new_block(sc);
                self.stmts_in(&then.stmts, tsc);
                self.close_block(tsc);
                if let Some(e) = els {
                    self.stmt(e, sc);
                }
                self.close_block(sc);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let sc = self.new_block(scope);
                if let Some(i) = init {
                    self.stmt(i, sc);
                }
                if let Some(c) = cond {
                    self.cond(c, sc, "for loop");
                }
                if let Some(p) = post {
                    if matches!(p.kind, StmtKind::Define(..)) {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    }
                    self.stmt(p, sc);
                }
                self.loop_body(body, sc);
                self.close_block(sc);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, scope),
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                let sc = self.new_block(scope);
                if let Some(i) = init {
                    self.stmt(i, sc);
                }
                let mut to = match tag {
                    Some(t) => {
                        let mut o = self.expr(t, sc, None);
                        if self.types.is_untyped(o.ty) {
                            self.default_of(&mut o, t.span);
                        }
                        // Maps, slices and funcs may be switched on (against nil).
                        let nil_only = matches!(
                            self.types.ukind(o.ty),
                            Kind::Map(..) | Kind::Slice(_) | Kind::Func(_)
                        );
                        if o.mode != Mode::Invalid && !self.types.comparable(o.ty) && !nil_only {
                            let msg = format!(
                                "cannot switch on {} ({})",
                                self.describe(t, &o),
                                self.incomparable_reason(o.ty)
                            );
                            self.error(t.span, msg);
                            o = Operand::invalid();
                        }
                        Some(o)
                    }
                    None => None,
                };
                let defaults = clauses.iter().filter(|c| c.exprs.is_none()).map(|c| c.head);
                self.multiple_defaults(defaults, "switch");
                let mut seen: Vec<(TypeId, crate::constant::Const)> = vec![];
                for cl in clauses {
                    match &cl.exprs {
                        None => {}
                        Some(es) => {
                            for ce in es {
                                match &mut to {
                                    Some(t) => {
                                        let mut o = self.expr(ce, sc, Some(t.ty));
                                        if o.mode != Mode::Invalid && t.mode != Mode::Invalid {
                                            self.switch_case(ce, &mut o, tag.as_ref().unwrap(), t);
                                        }
                                        if let Some(v) = &o.val {
                                            if seen.contains(&(o.ty, v.clone())) {
                                                self.error(
                                                    ce.span,
                                                    format!(
                                                        "duplicate case {} in expression switch",
                                                        self.expr_text(ce)
                                                    ),
                                                );
                                            }
                                            seen.push((o.ty, v.clone()));
                                        }
                                    }
                                    // A tagless switch compares each case with
                                    // `true`: interfaces that bool implements
                                    // are allowed too.
                                    None => {
                                        let o = self.expr(ce, sc, None);
                                        let bool_t = self.types.basic(Basic::Bool);
                                        let ok = o.mode == Mode::Invalid
                                            || self
                                                .types
                                                .basic_of(o.ty)
                                                .is_some_and(|b| b.is_boolean())
                                            || (self.types.is_interface(o.ty)
                                                && self.missing_method(bool_t, o.ty).is_none());
                                        if !ok {
                                            self.error(
                                                ce.span,
                                                "non-boolean condition in switch case",
                                            );
                                        }
                                    }
                                }
                            }
                        }
                    }
                    let csc = self.new_block(sc);
                    self.stmts_in(&cl.body, csc);
                    self.close_block(csc);
                }
                self.close_block(sc);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => {
                let sc = self.new_block(scope);
                if let Some(i) = init {
                    self.stmt(i, sc);
                }
                let xo = self.expr(x, sc, None);
                if xo.mode != Mode::Invalid && !self.types.is_interface(xo.ty) {
                    self.error(
                        x.span,
                        format!("{} is not an interface", self.describe(x, &xo)),
                    );
                }
                let mut bind_used = false;
                let mut bind_objs = vec![];
                let mut seen_types: Vec<TypeId> = vec![];
                let defaults = clauses.iter().filter(|c| c.exprs.is_none()).map(|c| c.head);
                self.multiple_defaults(defaults, "switch");
                for cl in clauses {
                    let mut single: Option<TypeId> = None;
                    if let Some(es) = &cl.exprs {
                        for ce in es {
                            if matches!(&ce.kind, ExprKind::Ident(n) if n == "nil") {
                                single = Some(if es.len() == 1 { xo.ty } else { INVALID });
                                continue;
                            }
                            let t = self.type_expr(ce, sc);
                            if t != INVALID && seen_types.contains(&t) {
                                let msg =
                                    format!("duplicate case {} in type switch", self.types.name(t));
                                self.error(ce.span, msg);
                            }
                            seen_types.push(t);
                            if t != INVALID
                                && xo.mode != Mode::Invalid
                                && !self.types.is_interface(t)
                            {
                                if let Some(m) = self.missing_method(t, xo.ty) {
                                    self.error(ce.span, format!("impossible type switch case: {} cannot have dynamic type {} ({m})", self.describe(x, &xo), self.types.name(t)));
                                }
                            }
                            single = Some(if es.len() == 1 { t } else { INVALID });
                        }
                        if es.len() != 1 {
                            single = None;
                        }
                    }
                    let csc = self.new_block(sc);
                    if let Some(b) = bind {
                        let t = single.unwrap_or(xo.ty);
                        let path = self.pkg_path();
                        let id = self.declare_in(csc, &b.name, ObjKind::Var, t, b.span, &path);
                        self.info.defs.insert((self.cur_file, cl.head.lo), id);
                        bind_objs.push(id);
                    }
                    self.stmts_in(&cl.body, csc);
                    if let Some(&id) = bind_objs.last() {
                        bind_used |= self.objs[id.0 as usize].used;
                        self.objs[id.0 as usize].used = true;
                    }
                    self.close_block(csc);
                }
                if let Some(b) = bind {
                    if !bind_used && b.name != "_" {
                        self.error(b.span, format!("{} declared and not used", b.name));
                    }
                }
                self.close_block(sc);
            }
            StmtKind::Select { clauses } => {
                let defaults = clauses.iter().filter(|c| c.comm.is_none()).map(|c| c.head);
                self.multiple_defaults(defaults, "select");
                for cl in clauses {
                    let csc = self.new_block(scope);
                    if let Some(c) = &cl.comm {
                        let ok = match &c.kind {
                            StmtKind::Send(..) => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign(l, None, r) | StmtKind::Define(l, r) => {
                                r.len() == 1 && l.len() <= 2 && is_recv(&r[0])
                            }
                            _ => false,
                        };
                        if !ok {
                            self.error(c.span, "select case must be receive, send or assign recv");
                        }
                        self.stmt(c, csc);
                    }
                    self.stmts_in(&cl.body, csc);
                    self.close_block(csc);
                }
            }
        }
    }

    /// Checks `case ce` against the switch tag: the two must be comparable.
    fn switch_case(&mut self, ce: &Expr, o: &mut Operand, tag: &Expr, t: &Operand) {
        if self.types.is_untyped(o.ty) {
            self.assign_to_e(o, t.ty, "switch case", ce.span, Some(ce));
            return;
        }
        let mismatch = !self.assignable(o.ty, t.ty) && !self.assignable(t.ty, o.ty);
        let why = if mismatch {
            Some(format!(
                "mismatched types {} and {}",
                self.types.name(o.ty),
                self.types.name(t.ty)
            ))
        } else if !self.types.comparable(t.ty) {
            Some(self.incomparable_reason(t.ty))
        } else if !self.types.comparable(o.ty) {
            Some(self.incomparable_reason(o.ty))
        } else {
            None
        };
        if let Some(why) = why {
            let msg = format!(
                "invalid case {} in switch on {} ({why})",
                self.expr_text(ce),
                self.expr_text(tag)
            );
            self.error(ce.span, msg);
        }
    }

    fn multiple_defaults(&mut self, defaults: impl Iterator<Item = Span>, what: &str) {
        for span in defaults.skip(1) {
            self.error(span, format!("multiple defaults in {what}"));
        }
    }

    /// What a checked call expression is.
    fn call_kind(&self, call: &Expr) -> CallKind {
        let key = (self.cur_file, call.id);
        if self.info.conversions.contains(&key) {
            CallKind::Conversion
        } else if self
            .info
            .builtin_calls
            .get(&key)
            .is_some_and(|b| b.has_value())
        {
            CallKind::ValueBuiltin
        } else {
            CallKind::Func
        }
    }

    fn loop_body(&mut self, body: &ast::Block, parent: usize) {
        let sc = self.new_block(parent);
        self.stmts_in(&body.stmts, sc);
        self.close_block(sc);
    }

    fn cond(&mut self, c: &Expr, scope: usize, what: &str) {
        let o = self.expr(c, scope, None);
        if o.mode != Mode::Invalid && !self.types.basic_of(o.ty).is_some_and(|b| b.is_boolean()) {
            self.error(c.span, format!("non-boolean condition in {what}"));
        }
    }

    fn resolve_local_const(
        &mut self,
        id: ObjId,
        spec: &ast::ConstSpec,
        src: &ast::ConstSpec,
        index: usize,
        scope: usize,
    ) {
        let ty = src.ty.as_ref().map(|t| self.type_expr(t, scope));
        let Some(e) = src.values.get(index) else {
            self.error(
                spec.names[index].span,
                "missing init expr for const declaration",
            );
            return;
        };
        let mut op = self.expr(e, scope, ty);
        if let Some(t) = ty {
            self.assign_to(&mut op, t, "constant declaration", e.span);
        }
        match op.val {
            Some(v) => {
                self.objs[id.0 as usize].ty = op.ty;
                self.objs[id.0 as usize].kind = ObjKind::Const(v);
            }
            None => {
                if op.mode != Mode::Invalid {
                    self.error(e.span, format!("{} is not constant", self.expr_text(e)));
                }
            }
        }
    }

    fn local_var_spec(&mut self, spec: &ast::VarSpec, scope: usize) {
        let ty = spec.ty.as_ref().map(|t| self.type_expr(t, scope));
        let types: Vec<TypeId> = if spec.values.is_empty() {
            vec![ty.unwrap_or(INVALID); spec.names.len()]
        } else {
            self.rhs_types(
                spec.names.len(),
                &spec.values,
                ty,
                scope,
                "variable declaration",
                spec.span,
            )
        };
        for (n, t) in spec.names.iter().zip(types) {
            let t = ty.unwrap_or_else(|| self.types.default_type(t));
            self.local_var(scope, n, t);
        }
    }

    /// Types of the right-hand side for `n` targets (single values or one multi-value call).
    fn rhs_types(
        &mut self,
        n: usize,
        rhs: &[Expr],
        target: Option<TypeId>,
        scope: usize,
        ctx: &str,
        span: Span,
    ) -> Vec<TypeId> {
        let one = |c: &mut Self, mut o: Operand, e: &Expr| match target {
            Some(t) => {
                c.assign_to_e(&mut o, t, ctx, e.span, Some(e));
                t
            }
            None => c.default_of(&mut o, e.span),
        };
        // `x = f()` goes through the multi-value path to report a count mismatch.
        if rhs.len() == n && !(n == 1 && is_call(&rhs[0])) {
            return rhs
                .iter()
                .map(|e| {
                    let o = self.expr(e, scope, target);
                    one(self, o, e)
                })
                .collect();
        }
        if rhs.len() == 1 {
            let e = &rhs[0];
            let o = self.expr_multi(e, scope);
            if o.mode == Mode::Invalid {
                return vec![INVALID; n];
            }
            if n == 1
                && (o.mode == Mode::NoValue || !matches!(self.types.kind(o.ty), Kind::Tuple(_)))
            {
                let o = self.single_value(e, o);
                return vec![one(self, o, e)];
            }
            if n == 2 && matches!(o.mode, Mode::MapIndex | Mode::CommaOk) {
                return vec![target.unwrap_or(o.ty), self.types.basic(Basic::UntypedBool)];
            }
            let ts = self.tuple_types(o.ty);
            if ts.len() == n {
                return ts;
            }
            let what = if let ExprKind::Call { func, .. } = &strip_paren(e).kind {
                format!(
                    "{} returns {} value{}",
                    self.expr_text(func),
                    ts.len(),
                    if ts.len() == 1 { "" } else { "s" }
                )
            } else {
                format!("{} value{}", ts.len(), if ts.len() == 1 { "" } else { "s" })
            };
            self.error(
                e.span,
                format!(
                    "assignment mismatch: {n} variable{} but {what}",
                    if n == 1 { "" } else { "s" }
                ),
            );
            return vec![INVALID; n];
        }
        for e in rhs {
            self.expr_multi(e, scope);
        }
        self.assign_mismatch(n, rhs.len(), span);
        vec![INVALID; n]
    }

    fn check_assignable_lhs(&mut self, x: &Expr, xo: &Operand) -> bool {
        match xo.mode {
            Mode::Var | Mode::MapIndex | Mode::Invalid => true,
            _ => {
                let msg = match &strip_paren(x).kind {
                    ExprKind::Selector(b, _)
                        if matches!(
                            self.info
                                .types
                                .get(&(self.cur_file, b.id))
                                .map(|t| self.types.ukind(*t)),
                            Some(Kind::Struct(_))
                        ) && matches!(strip_paren(b).kind, ExprKind::Index(..)) =>
                    {
                        format!("cannot assign to struct field {} in map", self.expr_text(x))
                    }
                    ExprKind::Index(b, _)
                        if self
                            .info
                            .types
                            .get(&(self.cur_file, b.id))
                            .is_some_and(|t| {
                                self.types.basic_of(*t).is_some_and(|b| b.is_string())
                            }) =>
                    {
                        format!(
                            "cannot assign to {} (neither addressable nor a map index expression)",
                            self.expr_text(x)
                        )
                    }
                    _ => format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        self.describe(x, xo)
                    ),
                };
                self.error(x.span, msg);
                false
            }
        }
    }

    fn assign_stmt(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        op: Option<ast::BinOp>,
        rhs: &[Expr],
        scope: usize,
    ) {
        let errors_before = self.diags.len();
        self.assign_stmt_inner(s, lhs, op, rhs, scope);
        // After a failed assignment the targets count as used, as in Go, so
        // that one mistake gives one message.
        if self.diags.len() > errors_before {
            for l in lhs {
                if let ExprKind::Ident(n) = &l.kind {
                    if let Some(id) = self.lookup_from(scope, n) {
                        self.objs[id.0 as usize].used = true;
                    }
                }
            }
        }
    }

    fn assign_stmt_inner(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        op: Option<ast::BinOp>,
        rhs: &[Expr],
        scope: usize,
    ) {
        if let Some(bop) = op {
            let l = &lhs[0];
            let lo = self.expr(l, scope, None);
            // `x op= y` is `x = x op y`: y's context type is x's (an
            // untyped constant shifted by a variable takes it).
            let hint = (!matches!(bop, ast::BinOp::Shl | ast::BinOp::Shr) && lo.ty != INVALID)
                .then_some(lo.ty);
            let ro = self.expr(&rhs[0], scope, hint);
            let fake = Expr {
                id: u32::MAX,
                span: s.span,
                kind: ExprKind::Binary(bop, Box::new(l.clone()), Box::new(rhs[0].clone())),
            };
            let res = self.binary_ops(&fake, bop, l, &rhs[0], lo.clone(), ro, false);
            if res.is_some() {
                self.check_assignable_lhs(l, &lo);
            }
            return;
        }
        let mut lts = vec![];
        for l in lhs {
            if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                lts.push(None);
                continue;
            }
            // Assignment does not count as a use.
            let was_used = match &l.kind {
                ExprKind::Ident(n) => self
                    .lookup_from(scope, n)
                    .map(|id| (id, self.objs[id.0 as usize].used)),
                _ => None,
            };
            let lo = self.expr(l, scope, None);
            if let Some((id, u)) = was_used {
                self.objs[id.0 as usize].used = u;
            }
            if lo.mode == Mode::Invalid {
                lts.push(Some(INVALID));
                continue;
            }
            self.check_assignable_lhs(l, &lo);
            lts.push(Some(lo.ty));
        }
        if rhs.len() == lhs.len() && !(lhs.len() == 1 && is_call(&rhs[0])) {
            for (r, lt) in rhs.iter().zip(&lts) {
                let mut o = self.expr(r, scope, lt.filter(|t| *t != INVALID));
                match lt {
                    Some(t) => {
                        self.assign_to_e(&mut o, *t, "assignment", r.span, Some(r));
                    }
                    None => {
                        self.default_of(&mut o, r.span);
                    }
                }
            }
        } else {
            // One target: the value is checked against it directly.
            let target = if lhs.len() == 1 {
                lts[0].filter(|t| *t != INVALID)
            } else {
                None
            };
            let ts = self.rhs_types(lhs.len(), rhs, target, scope, "assignment", s.span);
            if target.is_some() {
                return;
            }
            for ((t, lt), r) in ts.iter().zip(&lts).zip(lhs) {
                if let Some(lt) = lt {
                    if !self.assignable(*t, *lt) {
                        self.error(
                            r.span,
                            format!(
                                "cannot use {} value as {} value in assignment",
                                self.types.name(*t),
                                self.types.name(*lt)
                            ),
                        );
                    }
                }
            }
        }
    }

    fn define_stmt(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr], scope: usize) {
        let ts = self.rhs_types(lhs.len(), rhs, None, scope, "assignment", s.span);
        let mut any_new = false;
        let mut bad = false;
        let mut names: Vec<&str> = vec![];
        for (l, t) in lhs.iter().zip(ts) {
            if let ExprKind::Ident(name) = &l.kind {
                if name != "_" && names.contains(&name.as_str()) {
                    self.error(l.span, format!("{name} repeated on left side of :="));
                    bad = true;
                    continue;
                }
                names.push(name);
            }
            let ExprKind::Ident(name) = &l.kind else {
                self.error(
                    l.span,
                    format!("non-name {} on left side of :=", self.expr_text(l)),
                );
                bad = true;
                continue;
            };
            let ident = ast::Ident {
                name: name.clone(),
                span: l.span,
            };
            if name == "_" {
                self.info.types.insert((self.cur_file, l.id), t);
                continue;
            }
            if let Some(&prev) = self.scopes[scope].names.get(name) {
                // Redeclaration: plain assignment to the existing variable.
                let pt = self.objs[prev.0 as usize].ty;
                if t != INVALID && pt != INVALID && !self.assignable(t, pt) {
                    self.error(
                        l.span,
                        format!(
                            "cannot use {} value as {} value in assignment",
                            self.types.name(t),
                            self.types.name(pt)
                        ),
                    );
                }
                self.info.uses.insert((self.cur_file, l.id), prev);
                self.info.types.insert((self.cur_file, l.id), pt);
                continue;
            }
            any_new = true;
            let t = self.types.default_type(t);
            let id = self.local_var(scope, &ident, t);
            self.info.uses.insert((self.cur_file, l.id), id);
            self.info.types.insert((self.cur_file, l.id), t);
        }
        if !any_new && !bad {
            self.error(s.span, "no new variables on left side of :=");
        }
    }

    fn return_stmt(&mut self, s: &Stmt, vals: &[Expr], scope: usize) {
        let Some(ctx) = self.func_ctx.last().cloned() else {
            return;
        };
        if vals.is_empty() {
            // A bare return needs every named result visible, not shadowed.
            for &r in &ctx.named_results {
                let name = self.objs[r.0 as usize].name.clone();
                match self.lookup_from(scope, &name) {
                    Some(found) if found != r && name != "_" => {
                        let d = Diagnostic::new(
                            s.span,
                            format!("result parameter {name} not in scope at return"),
                        )
                        .note(format!("inner declaration of {name}"));
                        self.report(d);
                    }
                    _ => {}
                }
            }
            if !ctx.results.is_empty() && ctx.named_results.is_empty() {
                self.error(
                    s.span,
                    "not enough return values\n\thave ()\n\twant (".to_string()
                        + &ctx
                            .results
                            .iter()
                            .map(|t| self.types.name(*t))
                            .collect::<Vec<_>>()
                            .join(", ")
                        + ")",
                );
            }
            return;
        }
        if ctx.results.is_empty() {
            for v in vals {
                self.expr_multi(v, scope);
            }
            self.error(vals[0].span, "too many return values");
            return;
        }
        if vals.len() == ctx.results.len() {
            for (v, t) in vals.iter().zip(&ctx.results) {
                let mut o = self.expr(v, scope, Some(*t));
                self.assign_to_e(&mut o, *t, "return statement", v.span, Some(v));
            }
            return;
        }
        if vals.len() == 1 {
            let o = self.expr_multi(&vals[0], scope);
            let ts = self.tuple_types(o.ty);
            if o.mode == Mode::Invalid
                || (ts.len() == ctx.results.len()
                    && ts
                        .iter()
                        .zip(&ctx.results)
                        .all(|(a, b)| self.assignable(*a, *b)))
            {
                return;
            }
        } else {
            for v in vals {
                self.expr_multi(v, scope);
            }
        }
        let which = if vals.len() < ctx.results.len() {
            "not enough"
        } else {
            "too many"
        };
        self.error(vals[0].span, format!("{which} return values"));
    }

    fn range_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        scope: usize,
    ) {
        let sc = self.new_block(scope);
        let xo = self.expr(x, sc, None);
        let int = self.types.basic(Basic::Int);
        let (kt, vt): (TypeId, Option<TypeId>) = if xo.mode == Mode::Invalid {
            (INVALID, Some(INVALID))
        } else {
            let t = match self.types.ukind(xo.ty) {
                Kind::Pointer(p) if matches!(self.types.ukind(*p), Kind::Array(..)) => *p,
                _ => xo.ty,
            };
            match self.types.ukind(t).clone() {
                Kind::Basic(b) if b.is_string() => (int, Some(self.types.basic(Basic::Int32))),
                Kind::Basic(b) if b.is_integer() => {
                    let kt = if self.types.is_untyped(xo.ty) {
                        int
                    } else {
                        xo.ty
                    };
                    (kt, None)
                }
                Kind::Array(_, el) | Kind::Slice(el) => (int, Some(el)),
                Kind::Map(k, v) => (k, Some(v)),
                Kind::Chan(d, el) => {
                    if d == Dir::Send {
                        self.error(
                            x.span,
                            format!(
                                "invalid operation: range {} receive from send-only channel",
                                self.expr_text(x)
                            ),
                        );
                    }
                    (el, None)
                }
                _ => {
                    self.error(
                        x.span,
                        format!("cannot range over {}", self.describe(x, &xo)),
                    );
                    (INVALID, Some(INVALID))
                }
            }
        };
        if let (Some(v), None, false) = (value, vt, kt == INVALID) {
            self.error(
                v.span,
                format!(
                    "range over {} permits only one iteration variable",
                    self.describe(x, &xo)
                ),
            );
        }
        let targets = [(key, kt), (value, vt.unwrap_or(INVALID))];
        if define {
            let mut any = false;
            for (e, t) in targets {
                let Some(e) = e else { continue };
                match &e.kind {
                    ExprKind::Ident(n) => {
                        any = true;
                        let id = self.local_var(
                            sc,
                            &ast::Ident {
                                name: n.clone(),
                                span: e.span,
                            },
                            t,
                        );
                        self.info.uses.insert((self.cur_file, e.id), id);
                        self.info.types.insert((self.cur_file, e.id), t);
                    }
                    _ => self.error(
                        e.span,
                        format!("non-name {} on left side of :=", self.expr_text(e)),
                    ),
                }
            }
            let _ = any;
        } else {
            for (e, t) in targets {
                let Some(e) = e else { continue };
                if matches!(&e.kind, ExprKind::Ident(n) if n == "_") {
                    continue;
                }
                let lo = self.expr(e, sc, None);
                self.check_assignable_lhs(e, &lo);
                if lo.mode != Mode::Invalid && t != INVALID && !self.assignable(t, lo.ty) {
                    self.error(
                        e.span,
                        format!(
                            "cannot use {} (value of type {}) as {} value in range",
                            self.expr_text(e),
                            self.types.name(t),
                            self.types.name(lo.ty)
                        ),
                    );
                }
            }
        }
        self.loop_body(body, sc);
        self.close_block(sc);
    }

    // ------------------------------------------------------------ terminating statements

    pub(super) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        match stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(s) => self.is_terminating(s, None),
            None => false,
        }
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            // A call of the builtin panic (not of a variable named panic).
            StmtKind::Expr(e) => {
                let call = strip_paren(e);
                self.info.builtin_calls.get(&(self.cur_file, call.id)) == Some(&Builtin::Panic)
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                els.is_some()
                    && self.is_terminating_list(&then.stmts)
                    && self.is_terminating(els.as_ref().unwrap(), None)
            }
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        (self.is_terminating_list(&c.body)
                            || matches!(
                                c.body.last().map(|s| &s.kind),
                                Some(StmtKind::Fallthrough)
                            ))
                            && !has_break(&c.body, label, true)
                    })
            }
            StmtKind::Select { clauses } => clauses
                .iter()
                .all(|c| self.is_terminating_list(&c.body) && !has_break(&c.body, label, true)),
            _ => false,
        }
    }
}

/// Does a `break` that targets the enclosing statement occur in `stmts`?
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

#[derive(PartialEq)]
enum CallKind {
    Func,
    Conversion,
    /// A builtin with a result (`len`, `append`, ...).
    ValueBuiltin,
}

fn is_call(e: &Expr) -> bool {
    matches!(strip_paren(e).kind, ExprKind::Call { .. })
}

fn is_recv(e: &Expr) -> bool {
    matches!(strip_paren(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
}
