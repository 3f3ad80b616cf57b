//! Read-only traversal of the syntax tree: calls `f` on every expression,
//! in source order, including those inside function literals.

use crate::ast::*;

pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let mut sub = |x: &Expr| walk_expr(x, f);
    match &e.kind {
        ExprKind::Ident(_)
        | ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImagLit(_)
        | ExprKind::RuneLit(_)
        | ExprKind::StringLit(_)
        | ExprKind::Bad => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                sub(t);
            }
            for el in elts {
                if let Some(k) = &el.key {
                    sub(k);
                }
                sub(&el.value);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            walk_sig(sig, &mut sub);
            walk_block(body, f);
        }
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Unary(_, x) => sub(x),
        ExprKind::SliceType(x) => sub(x),
        ExprKind::Index(x, i) => {
            sub(x);
            i.iter().for_each(sub);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            sub(x);
            for p in [lo, hi, max].into_iter().flatten() {
                sub(p);
            }
        }
        ExprKind::TypeAssert(x, t) => {
            sub(x);
            if let Some(t) = t {
                sub(t);
            }
        }
        ExprKind::Call { func, args, .. } => {
            sub(func);
            args.iter().for_each(sub);
        }
        ExprKind::Binary(_, l, r) | ExprKind::MapType(l, r) => {
            sub(l);
            sub(r);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                sub(l);
            }
            sub(elem);
        }
        ExprKind::ChanType(_, x) => sub(x),
        ExprKind::FuncType(sig) => walk_sig(sig, &mut sub),
        ExprKind::StructType(fields) => fields.iter().for_each(|fd| sub(&fd.ty)),
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    IfaceElem::Method { sig, .. } => walk_sig(sig, &mut sub),
                    IfaceElem::Embed(t) => sub(t),
                    IfaceElem::Union(_) => {}
                }
            }
        }
    }
}

fn walk_sig(sig: &FuncSig, sub: &mut dyn FnMut(&Expr)) {
    for p in sig.params.iter().chain(&sig.results) {
        sub(&p.ty);
    }
}

pub fn walk_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

pub fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let mut e = |x: &Expr| walk_expr(x, f);
    match &s.kind {
        StmtKind::Empty
        | StmtKind::Bad
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec(x, _) => e(x),
        StmtKind::Send(a, b) => {
            e(a);
            e(b);
        }
        StmtKind::Assign(l, _, r) | StmtKind::Define(l, r) => {
            l.iter().chain(r).for_each(e);
        }
        StmtKind::Const(specs) => {
            for sp in specs {
                sp.ty.iter().chain(&sp.values).for_each(&mut e);
            }
        }
        StmtKind::Var(specs) => {
            for sp in specs {
                sp.ty.iter().chain(&sp.values).for_each(&mut e);
            }
        }
        StmtKind::Type(specs) => specs.iter().for_each(|sp| e(&sp.ty)),
        StmtKind::Labeled(_, inner) => walk_stmt(inner, f),
        StmtKind::Return(v) => v.iter().for_each(e),
        StmtKind::Block(b) => walk_block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(cond, f);
            walk_block(then, f);
            if let Some(x) = els {
                walk_stmt(x, f);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            walk_cases(clauses, f);
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(x, f);
            walk_cases(clauses, f);
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                if let Some(comm) = &c.comm {
                    walk_stmt(comm, f);
                }
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            walk_block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for k in [key, value].into_iter().flatten() {
                walk_expr(k, f);
            }
            walk_expr(x, f);
            walk_block(body, f);
        }
    }
}

fn walk_cases(clauses: &[CaseClause], f: &mut dyn FnMut(&Expr)) {
    for c in clauses {
        for x in c.exprs.iter().flatten() {
            walk_expr(x, f);
        }
        c.body.iter().for_each(|s| walk_stmt(s, f));
    }
}
