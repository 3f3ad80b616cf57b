//! Expressions and types: operands, constant folding, assignability,
//! conversions, calls and builtins, selectors and method sets.

use super::members::Member;
use super::*;
use crate::constant::{self, Const};
use gust_grammar::ast::{BinOp, Expr, ExprKind, UnOp};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{ToPrimitive, Zero};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Invalid,
    NoValue,
    Value,
    /// Addressable variable.
    Var,
    /// `m[k]`: assignable, not addressable, comma-ok capable.
    MapIndex,
    /// Comma-ok capable value (`<-ch`, `x.(T)`).
    CommaOk,
    Type,
    Builtin(Builtin),
    Pkg(usize),
}

#[derive(Debug, Clone)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Const>,
}

impl Operand {
    pub fn invalid() -> Self {
        Operand {
            mode: Mode::Invalid,
            ty: INVALID,
            val: None,
        }
    }
    pub(super) fn value(ty: TypeId) -> Self {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
        }
    }
}

impl<'a> Checker<'a> {
    pub(super) fn record(&mut self, e: &Expr, op: &Operand) {
        let key = (self.cur_file, e.id);
        self.info.types.insert(key, op.ty);
        if let Some(v) = &op.val {
            self.info.consts.insert(key, v.clone());
        }
    }

    pub(super) fn expr_text(&self, e: &Expr) -> String {
        expr_string(e)
    }

    /// Describes an operand the way Go's messages do:
    /// `x (variable of type int)`, `1 (untyped int constant)`.
    pub(super) fn describe(&self, e: &Expr, op: &Operand) -> String {
        let text = self.expr_text(e);
        let tn = self.types.name(op.ty);
        match (&op.val, op.mode) {
            (Some(v), _) => {
                let vs = v.show();
                if self.types.is_untyped(op.ty) {
                    if vs == text {
                        format!("{text} ({tn} constant)")
                    } else {
                        format!("{text} ({tn} constant {vs})")
                    }
                } else if vs == text {
                    format!("{text} (constant of type {tn})")
                } else {
                    format!("{text} (constant {vs} of type {tn})")
                }
            }
            (None, Mode::Var) if matches!(e.kind, ExprKind::Ident(_)) => {
                format!("{text} (variable of type {tn})")
            }
            _ if op.ty == self.types.basic(Basic::UntypedNil) => "nil".into(),
            _ => format!("{text} (value of type {tn})"),
        }
    }

    // ------------------------------------------------------------ types

    /// Evaluates a type expression.
    pub(super) fn type_expr(&mut self, e: &Expr, scope: usize) -> TypeId {
        let op = self.expr_or_type(e, scope, None);
        match op.mode {
            Mode::Type => op.ty,
            Mode::Invalid => INVALID,
            _ => {
                self.error(e.span, format!("{} is not a type", self.expr_text(e)));
                INVALID
            }
        }
    }

    fn type_lit(&mut self, e: &Expr, scope: usize) -> Option<TypeId> {
        Some(match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                let et = self.type_expr(elem, scope);
                let Some(len) = len else {
                    self.error(
                        e.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return Some(INVALID);
                };
                let lop = self.expr(len, scope, None);
                let n = match &lop.val {
                    Some(v)
                        if lop.ty == INVALID
                            || self.types.basic_of(lop.ty).is_some_and(|b| b.is_numeric()) =>
                    {
                        match v.to_int().and_then(|i| i.to_i64()) {
                            Some(n) if n >= 0 => n as u64,
                            Some(_) => {
                                self.error(
                                    len.span,
                                    format!("invalid array length {}", self.expr_text(len)),
                                );
                                0
                            }
                            None => {
                                self.error(
                                    len.span,
                                    format!(
                                        "array length {} must be integer",
                                        self.describe(len, &lop)
                                    ),
                                );
                                0
                            }
                        }
                    }
                    _ => {
                        if lop.mode != Mode::Invalid {
                            self.error(
                                len.span,
                                format!(
                                    "array length {} must be constant",
                                    self.describe(len, &lop)
                                ),
                            );
                        }
                        0
                    }
                };
                self.types.intern(Kind::Array(n, et))
            }
            ExprKind::SliceType(elem) => {
                let et = self.type_expr(elem, scope);
                self.types.slice(et)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k, scope);
                let vt = self.type_expr(v, scope);
                if !self.types.comparable(kt) && self.types.underlying(kt) != INVALID {
                    self.error(
                        k.span,
                        format!("invalid map key type {}", self.types.name(kt)),
                    );
                }
                self.types.intern(Kind::Map(kt, vt))
            }
            ExprKind::ChanType(d, elem) => {
                let et = self.type_expr(elem, scope);
                let d = match d {
                    ast::ChanDir::Both => Dir::Both,
                    ast::ChanDir::Send => Dir::Send,
                    ast::ChanDir::Recv => Dir::Recv,
                };
                self.types.intern(Kind::Chan(d, et))
            }
            ExprKind::FuncType(sig) => self.func_sig_type(sig, Some(scope)),
            ExprKind::StructType(fields) => {
                let mut out: Vec<Field> = vec![];
                let path = self.pkg_path();
                for f in fields {
                    let t = self.type_expr(&f.ty, scope);
                    let mut add = |c: &mut Self, name: &str, span: Span, embedded: bool| {
                        if name != "_" && out.iter().any(|g| g.name == name) {
                            c.error(span, format!("{name} redeclared"));
                            return;
                        }
                        let exported = name.chars().next().is_some_and(|ch| ch.is_uppercase());
                        out.push(Field {
                            name: name.to_string(),
                            ty: t,
                            embedded,
                            tag: f.tag.clone(),
                            pkg: if exported {
                                String::new()
                            } else {
                                path.clone()
                            },
                        });
                    };
                    if f.names.is_empty() {
                        let name = embedded_name(&f.ty);
                        add(self, &name, f.ty.span, true);
                    } else {
                        for n in &f.names {
                            add(self, &n.name, n.span, false);
                        }
                    }
                }
                self.types.intern(Kind::Struct(out))
            }
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<Method> = vec![];
                for el in elems {
                    match el {
                        ast::IfaceElem::Method { name, sig } => {
                            let st = self.func_sig_type(sig, Some(scope));
                            if name.name == "_" {
                                self.error(name.span, "methods must have a unique non-blank name");
                                continue;
                            }
                            if ms.iter().any(|m| m.name == name.name) {
                                self.error(name.span, format!("duplicate method {}", name.name));
                                continue;
                            }
                            ms.push(Method {
                                name: name.name.clone(),
                                sig: st,
                            });
                        }
                        ast::IfaceElem::Embed(t) => {
                            let et = self.type_expr(t, scope);
                            if et == INVALID {
                                continue;
                            }
                            if !self.types.is_interface(et) {
                                self.error(t.span, format!("cannot use {} as interface: type sets are not supported by Gust", self.types.name(et)));
                                continue;
                            }
                            for m in self.types.iface_methods(et).to_vec() {
                                if let Some(prev) = ms.iter().find(|x| x.name == m.name) {
                                    if prev.sig != m.sig {
                                        self.error(t.span, format!("duplicate method {}", m.name));
                                    }
                                    continue;
                                }
                                ms.push(m);
                            }
                        }
                        ast::IfaceElem::Union(sp) => {
                            self.error(
                                *sp,
                                "interfaces with type sets (constraints) are not supported by Gust",
                            );
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                self.types.intern(Kind::Interface(ms))
            }
            _ => return None,
        })
    }

    // ------------------------------------------------------------ expressions

    /// A single-valued expression; `hint` is the type an untyped constant or
    /// a composite literal with elided type should take.
    pub(super) fn expr(&mut self, e: &Expr, scope: usize, hint: Option<TypeId>) -> Operand {
        let op = self.expr_or_type(e, scope, hint);
        self.single_value(e, op)
    }

    pub(super) fn single_value(&mut self, e: &Expr, op: Operand) -> Operand {
        match op.mode {
            Mode::Type => {
                self.error(
                    e.span,
                    format!("{} (type) is not an expression", self.expr_text(e)),
                );
                Operand::invalid()
            }
            Mode::NoValue => {
                self.error(
                    e.span,
                    format!("{} (no value) used as value", self.expr_text(e)),
                );
                Operand::invalid()
            }
            Mode::Builtin(_) => {
                self.error(
                    e.span,
                    format!("{} (built-in function) must be called", self.expr_text(e)),
                );
                Operand::invalid()
            }
            Mode::Pkg(_) => {
                self.error(
                    e.span,
                    format!("use of package {} without selector", self.expr_text(e)),
                );
                Operand::invalid()
            }
            _ => {
                if let Kind::Tuple(ts) = self.types.kind(op.ty) {
                    let n = ts.len();
                    self.error(
                        e.span,
                        format!(
                            "multiple-value {} (value of type {}) in single-value context",
                            self.expr_text(e),
                            self.types.name(op.ty)
                        ),
                    );
                    let _ = n;
                    return Operand::invalid();
                }
                op
            }
        }
    }

    /// An expression that may produce several values (a call).
    pub(super) fn expr_multi(&mut self, e: &Expr, scope: usize) -> Operand {
        let op = self.expr_or_type(e, scope, None);
        match op.mode {
            Mode::NoValue => op,
            _ if matches!(self.types.kind(op.ty), Kind::Tuple(_)) => op,
            _ => self.single_value(e, op),
        }
    }

    pub(super) fn tuple_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.types.kind(t) {
            Kind::Tuple(ts) => ts.clone(),
            _ if t == INVALID => vec![],
            _ => vec![t],
        }
    }

    pub(super) fn expr_or_type(&mut self, e: &Expr, scope: usize, hint: Option<TypeId>) -> Operand {
        let op = self.expr_inner(e, scope, hint);
        self.record(e, &op);
        op
    }

    fn expr_inner(&mut self, e: &Expr, scope: usize, hint: Option<TypeId>) -> Operand {
        if let Some(t) = self.type_lit(e, scope) {
            return Operand {
                mode: Mode::Type,
                ty: t,
                val: None,
            };
        }
        match &e.kind {
            ExprKind::Bad => Operand::invalid(),
            ExprKind::Ident(name) => self.ident(e, name, scope),
            ExprKind::IntLit(text) => match constant::parse_int(text) {
                Some(v) => self.untyped(Basic::UntypedInt, Const::Int(v)),
                None => {
                    self.error(e.span, format!("invalid integer literal {text}"));
                    Operand::invalid()
                }
            },
            ExprKind::FloatLit(text) => match constant::parse_float(text) {
                Some(v) => self.untyped(Basic::UntypedFloat, Const::Float(v)),
                None => {
                    self.error(e.span, format!("floating-point constant {text} too large"));
                    Operand::invalid()
                }
            },
            ExprKind::ImagLit(_) => Operand::invalid(),
            ExprKind::RuneLit(c) => self.untyped(Basic::UntypedRune, Const::Int(BigInt::from(*c))),
            ExprKind::StringLit(s) => self.untyped(Basic::UntypedString, Const::String(s.clone())),
            // Parentheses change nothing: `(m[k])` is still assignable and
            // `v, ok := (<-c)` still has its comma-ok form.
            ExprKind::Paren(x) => self.expr_or_type(x, scope, hint),
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_sig_type(sig, Some(scope));
                let fscope = self.push_scope_detached(Some(scope));
                self.scopes[fscope].func_boundary = true;
                self.enter_function(fscope, sig, t);
                self.func_body(body, fscope);
                if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
                    let end = Span::new(body.span.hi as usize - 1, body.span.hi as usize);
                    let d = Diagnostic::new(end, "missing return")
                        .hint("end the function with a return statement or a panic");
                    self.report(d);
                }
                self.leave_function(fscope);
                Operand::value(t)
            }
            ExprKind::CompositeLit { ty, elts, lbrace } => {
                self.composite(e, ty.as_deref(), elts, *lbrace, scope, hint)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, scope),
            ExprKind::Index(x, idx) => self.index(e, x, idx, scope),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, [lo, hi, max], *three, scope),
            ExprKind::TypeAssert(x, t) => {
                let xo = self.expr(x, scope, None);
                let Some(t) = t else {
                    self.error(e.span, "invalid AST: use of .(type) outside type switch");
                    return Operand::invalid();
                };
                let tt = self.type_expr(t, scope);
                if xo.mode == Mode::Invalid || tt == INVALID {
                    return Operand {
                        mode: Mode::CommaOk,
                        ty: tt,
                        val: None,
                    };
                }
                if !self.types.is_interface(xo.ty) {
                    self.error(
                        x.span,
                        format!(
                            "invalid operation: {} is not an interface",
                            self.describe(x, &xo)
                        ),
                    );
                    return Operand::invalid();
                }
                if !self.types.is_interface(tt) {
                    if let Some(m) = self.missing_method(tt, xo.ty) {
                        self.error(
                            t.span,
                            format!(
                                "impossible type assertion: {}\n\t{} does not implement {} ({})",
                                self.expr_text(e),
                                self.types.name(tt),
                                self.types.name(xo.ty),
                                m
                            ),
                        );
                    }
                }
                Operand {
                    mode: Mode::CommaOk,
                    ty: tt,
                    val: None,
                }
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis, scope, hint),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, scope, hint),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r, scope, hint),
            _ => Operand::invalid(),
        }
    }

    fn untyped(&self, b: Basic, v: Const) -> Operand {
        Operand {
            mode: Mode::Value,
            ty: self.types.basic(b),
            val: Some(v),
        }
    }

    fn ident(&mut self, e: &Expr, name: &str, scope: usize) -> Operand {
        if name == "_" {
            self.error(e.span, "cannot use _ as value");
            return Operand::invalid();
        }
        let Some(id) = self.lookup_from(scope, name) else {
            self.error(e.span, format!("undefined: {name}"));
            return Operand::invalid();
        };
        self.info.uses.insert((self.cur_file, e.id), id);
        self.objs[id.0 as usize].used = true;
        if let Some(&imp) = self.dot_imports.get(&(self.cur_file, id)) {
            self.objs[imp.0 as usize].used = true;
        }
        if self.objs[id.0 as usize].state != State::Done {
            self.resolve_obj(id);
        }
        let o = &self.objs[id.0 as usize];
        match &o.kind {
            ObjKind::Var => Operand {
                mode: Mode::Var,
                ty: o.ty,
                val: None,
            },
            ObjKind::Const(v) => {
                if name == "iota" && o.pkg.is_empty() {
                    return match self.iota {
                        Some(i) => self.untyped(Basic::UntypedInt, Const::Int(i.into())),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            Operand::invalid()
                        }
                    };
                }
                if o.ty == INVALID {
                    // An erroneous constant: already reported.
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::Value,
                    ty: o.ty,
                    val: Some(v.clone()),
                }
            }
            ObjKind::TypeName => Operand {
                mode: Mode::Type,
                ty: o.ty,
                val: None,
            },
            ObjKind::Func => Operand::value(o.ty),
            ObjKind::Pkg(p) => Operand {
                mode: Mode::Pkg(*p),
                ty: INVALID,
                val: None,
            },
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(*b),
                ty: INVALID,
                val: None,
            },
            ObjKind::Nil => Operand::value(self.types.basic(Basic::UntypedNil)),
        }
    }

    // ------------------------------------------------------------ assignability

    /// Converts an operand for assignment to `t`, reporting Go's error.
    pub(super) fn assign_to(
        &mut self,
        op: &mut Operand,
        t: TypeId,
        context: &str,
        span: Span,
    ) -> bool {
        self.assign_to_e(op, t, context, span, None)
    }

    pub(super) fn assign_to_e(
        &mut self,
        op: &mut Operand,
        t: TypeId,
        context: &str,
        span: Span,
        e: Option<&Expr>,
    ) -> bool {
        if op.mode == Mode::Invalid || op.ty == INVALID || t == INVALID {
            return true;
        }
        let what = e
            .map(|e| self.describe(e, op))
            .unwrap_or_else(|| self.describe_ty(op));
        // A non-constant untyped number is a shift of an untyped constant,
        // which takes the target's type: that must be an integer type.
        if op.val.is_none()
            && self.types.is_untyped(op.ty)
            && self.types.basic_of(op.ty).is_some_and(|b| b.is_numeric())
        {
            let target = if self.types.is_interface(t) {
                self.types.default_type(op.ty)
            } else {
                t
            };
            if !self.types.basic_of(target).is_some_and(|b| b.is_integer()) {
                let shifted = e
                    .map(|e| self.expr_text(super::ops::shifted_operand(e)))
                    .unwrap_or_else(|| "value".into());
                self.error(
                    span,
                    format!(
                        "invalid operation: shifted operand {shifted} (type {}) must be integer",
                        self.types.name(target)
                    ),
                );
                return false;
            }
        }
        if self.types.is_untyped(op.ty) {
            if let Some(v) = op.val.clone() {
                let ub = self.types.basic_of(t);
                match ub {
                    Some(b) if !b.is_untyped() => {
                        let compatible = match &v {
                            Const::Bool(_) => b.is_boolean(),
                            Const::String(_) => b.is_string(),
                            Const::Int(_) | Const::Float(_) => b.is_numeric(),
                        };
                        if !compatible {
                            self.error(
                                span,
                                format!(
                                    "cannot use {what} as {} value in {context}",
                                    self.types.name(t)
                                ),
                            );
                            return false;
                        }
                        match constant::represent(&v, b) {
                            Some(r) => {
                                op.val = Some(r);
                                op.ty = t;
                                return true;
                            }
                            None => {
                                let trunc = b.is_integer() && v.to_int().is_none();
                                self.error(
                                    span,
                                    format!(
                                        "cannot use {what} as {} value in {context} ({})",
                                        self.types.name(t),
                                        if trunc { "truncated" } else { "overflows" }
                                    ),
                                );
                                return false;
                            }
                        }
                    }
                    _ => {}
                }
            }
            if op.ty == self.types.basic(Basic::UntypedNil) {
                if self.nil_ok(t) {
                    op.ty = t;
                    return true;
                }
                self.error(
                    span,
                    format!(
                        "cannot use nil as {} value in {context}",
                        self.types.name(t)
                    ),
                );
                return false;
            }
            // A non-constant untyped value (a comparison, a shift of a
            // constant) takes any type of its kind; into an interface it
            // takes its default type.
            let d = self.types.default_type(op.ty);
            let same_kind = match (self.types.basic_of(op.ty), self.types.basic_of(t)) {
                (Some(a), Some(b)) => {
                    (a.is_boolean() && b.is_boolean())
                        || (a.is_integer() && b.is_integer())
                        || (a.is_string() && b.is_string())
                }
                _ => false,
            };
            if same_kind {
                op.ty = t;
                return true;
            }
            if self.assignable(d, t) {
                op.ty = if self.types.is_interface(t) { d } else { t };
                return true;
            }
            self.error(
                span,
                format!(
                    "cannot use {what} as {} value in {context}",
                    self.types.name(t)
                ),
            );
            return false;
        }
        if self.assignable(op.ty, t) {
            return true;
        }
        // Go 1.19 words a typed value's failure "as type T", an untyped
        // constant's "as T value".
        let mut msg = format!(
            "cannot use {what} as type {} in {context}",
            self.types.name(t)
        );
        // The reason goes on its own indented line, as Go prints it.
        if self.types.is_interface(t) {
            if let Some(m) = self.missing_method(op.ty, t) {
                msg.push_str(&format!(
                    ":\n\t{} does not implement {} ({m})",
                    self.types.name(op.ty),
                    self.types.name(t)
                ));
            }
        } else if self.types.is_interface(op.ty) && self.missing_method(t, op.ty).is_none() {
            msg.push_str(":\n\tneed type assertion");
        }
        self.error(span, msg);
        false
    }

    /// An integer-typed operand, or an untyped constant with an integral value.
    pub(super) fn is_integer_operand(&self, op: &Operand) -> bool {
        self.types.basic_of(op.ty).is_some_and(|b| b.is_integer())
            || (self.types.is_untyped(op.ty)
                && op.val.as_ref().is_some_and(|v| v.to_int().is_some()))
    }

    fn describe_ty(&self, op: &Operand) -> String {
        format!("value of type {}", self.types.name(op.ty))
    }

    pub(super) fn nil_ok(&self, t: TypeId) -> bool {
        matches!(
            self.types.ukind(t),
            Kind::Pointer(_)
                | Kind::Slice(_)
                | Kind::Map(..)
                | Kind::Chan(..)
                | Kind::Func(_)
                | Kind::Interface(_)
                | Kind::Invalid
        ) || self.types.basic_of(t) == Some(Basic::UnsafePointer)
    }

    /// Go's assignability of a typed value of type `v` to type `t`.
    pub(super) fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        if v == t || v == INVALID || t == INVALID {
            return true;
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        let v_named = matches!(self.types.kind(v), Kind::Named(_) | Kind::Basic(_));
        let t_named = matches!(self.types.kind(t), Kind::Named(_) | Kind::Basic(_));
        if vu == tu && (!v_named || !t_named) {
            return true;
        }
        if self.types.is_interface(t) {
            return self.missing_method(v, t).is_none();
        }
        // Bidirectional channel to directional one with identical element.
        if let (Kind::Chan(Dir::Both, ve), Kind::Chan(_, te)) =
            (self.types.kind(vu), self.types.kind(tu))
        {
            if ve == te && (!v_named || !t_named) {
                return true;
            }
        }
        if self.types.basic_of(v) == Some(Basic::UntypedNil) {
            return self.nil_ok(t);
        }
        // An untyped value fits any type of its kind (constant values were
        // checked for representability before getting here).
        match (self.types.basic_of(v), self.types.basic_of(t)) {
            (Some(a), Some(b)) if a.is_untyped() => {
                (a.is_boolean() && b.is_boolean())
                    || (a.is_string() && b.is_string())
                    || (a.is_numeric() && b.is_numeric())
            }
            _ => false,
        }
    }

    /// Why `t` does not implement interface `iface`, or `None` when it does.
    pub(super) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let wanted = self.types.iface_methods(iface).to_vec();
        for m in wanted {
            match self.method_set_lookup(t, &m.name) {
                Some((sig, ptr_only)) => {
                    if sig != m.sig {
                        return Some(format!("wrong type for {} method", m.name));
                    }
                    if ptr_only {
                        return Some(format!("{} method has pointer receiver", m.name));
                    }
                }
                None => return Some(format!("missing {} method", m.name)),
            }
        }
        None
    }

    /// Finds method `name` in the method set of `t`: its signature and
    /// whether it is only in the set of `*t` (pointer receiver).
    pub(super) fn method_set_lookup(&self, t: TypeId, name: &str) -> Option<(TypeId, bool)> {
        if self.types.is_interface(t) {
            return self
                .types
                .iface_methods(t)
                .iter()
                .find(|m| m.name == name)
                .map(|m| (m.sig, false));
        }
        // A named pointer type has no methods.
        if matches!(self.types.kind(t), Kind::Named(_))
            && matches!(self.types.ukind(t), Kind::Pointer(_))
        {
            return None;
        }
        let (base, is_ptr) = match self.types.kind(t) {
            // A pointer to an interface has no methods.
            Kind::Pointer(b) if self.types.is_interface(*b) => return None,
            Kind::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        let found = self.find_member(base, name)?;
        match found {
            Member::Method {
                sig,
                ptr_recv,
                via_ptr,
                ..
            } => Some((sig, ptr_recv && !is_ptr && !via_ptr)),
            Member::Field { .. } | Member::Ambiguous => None,
        }
    }

    /// Field or method lookup with embedding (breadth-first by depth).
    pub(super) fn find_member(&self, t: TypeId, name: &str) -> Option<Member> {
        super::members::find_member(&self.types, &self.method_objs, t, name)
    }

    // ------------------------------------------------------------ selectors

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident, scope: usize) -> Operand {
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some(id) = self.lookup_from(scope, pname) {
                if let ObjKind::Pkg(p) = self.objs[id.0 as usize].kind {
                    self.objs[id.0 as usize].used = true;
                    // The package name itself has no type.
                    self.info.uses.insert((self.cur_file, x.id), id);
                    self.info.types.insert((self.cur_file, x.id), INVALID);
                    let pscope = self.pkgs[p].scope;
                    let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
                    let member = self.scopes[pscope].names.get(&sel.name).copied();
                    return match member {
                        Some(mid) if exported => {
                            self.info.uses.insert((self.cur_file, e.id), mid);
                            if self.objs[mid.0 as usize].state != State::Done {
                                self.resolve_obj(mid);
                            }
                            let o = &self.objs[mid.0 as usize];
                            match &o.kind {
                                ObjKind::Var => Operand {
                                    mode: Mode::Var,
                                    ty: o.ty,
                                    val: None,
                                },
                                ObjKind::Const(v) => Operand {
                                    mode: Mode::Value,
                                    ty: o.ty,
                                    val: Some(v.clone()),
                                },
                                ObjKind::TypeName => Operand {
                                    mode: Mode::Type,
                                    ty: o.ty,
                                    val: None,
                                },
                                _ => Operand::value(o.ty),
                            }
                        }
                        _ => {
                            self.error(e.span, format!("undefined: {pname}.{}", sel.name));
                            Operand::invalid()
                        }
                    };
                }
            }
        }
        let xo = self.expr_or_type(x, scope, None);
        if xo.mode == Mode::Invalid || xo.ty == INVALID {
            return Operand::invalid();
        }
        if xo.mode == Mode::Type {
            // Method expression T.m / (*T).m.
            let base = match self.types.kind(xo.ty) {
                Kind::Pointer(b) => *b,
                _ => xo.ty,
            };
            if matches!(self.find_member(base, &sel.name), Some(Member::Ambiguous)) {
                let msg = format!("ambiguous selector {}.{}", self.expr_text(x), sel.name);
                self.error(sel.span, msg);
                return Operand::invalid();
            }
            return match self.method_set_lookup(xo.ty, &sel.name) {
                Some((sig, ptr_only)) if !ptr_only => {
                    let s = self.types.sig(sig).cloned().unwrap();
                    let mut params = vec![xo.ty];
                    params.extend(s.params);
                    Operand::value(self.types.func(params, s.results, s.variadic))
                }
                _ => {
                    self.error(
                        sel.span,
                        format!(
                            "{}.{} undefined (type {} has no method {})",
                            self.expr_text(x),
                            sel.name,
                            self.types.name(xo.ty),
                            sel.name
                        ),
                    );
                    Operand::invalid()
                }
            };
        }
        let xo = self.single_value(x, xo);
        if sel.name == "_" {
            self.error(sel.span, "cannot refer to blank field or method");
            return Operand::invalid();
        }
        if xo.mode == Mode::Invalid {
            return Operand::invalid();
        }
        let t = xo.ty;
        let base = match self.types.ukind(t) {
            Kind::Pointer(b) => *b,
            _ => t,
        };
        // A named pointer type (`type P *T`) has fields but no methods.
        let named_pointer = matches!(self.types.kind(t), Kind::Named(_))
            && matches!(self.types.ukind(t), Kind::Pointer(_));
        if self.broken_members.contains(&(base, sel.name.clone())) {
            // Declared as both field and method: already reported.
            return Operand::invalid();
        }
        if let Kind::Pointer(_) = self.types.ukind(base) {
            // **T has no members
        } else if let Some(m) = self
            .find_member(t, &sel.name)
            .filter(|m| !(named_pointer && matches!(m, Member::Method { .. })))
        {
            return match m {
                Member::Ambiguous => {
                    let msg = format!("ambiguous selector {}.{}", self.expr_text(x), sel.name);
                    self.error(sel.span, msg);
                    Operand::invalid()
                }
                Member::Field { ty, .. } => {
                    let addressable =
                        xo.mode == Mode::Var || matches!(self.types.ukind(t), Kind::Pointer(_));
                    Operand {
                        mode: if addressable { Mode::Var } else { Mode::Value },
                        ty,
                        val: None,
                    }
                }
                Member::Method {
                    sig,
                    ptr_recv,
                    via_ptr,
                    ..
                } => {
                    let is_ptr = matches!(self.types.kind(t), Kind::Pointer(_));
                    if ptr_recv && !is_ptr && !via_ptr && xo.mode != Mode::Var {
                        self.error(
                            e.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.types.name(t)
                            ),
                        );
                        return Operand::invalid();
                    }
                    Operand::value(sig)
                }
            };
        }
        let why = match self.types.kind(t) {
            Kind::Pointer(b) if self.types.is_interface(*b) => {
                format!(
                    "type {} is pointer to interface, not interface",
                    self.types.name(t)
                )
            }
            _ => format!(
                "type {} has no field or method {}",
                self.types.name(t),
                sel.name
            ),
        };
        self.error(
            sel.span,
            format!("{}.{} undefined ({why})", self.expr_text(x), sel.name),
        );
        Operand::invalid()
    }

    // ------------------------------------------------------------ index and slice

    fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr], scope: usize) -> Operand {
        let xo = self.expr(x, scope, None);
        if idx.len() != 1 {
            self.error(e.span, "generic instantiation is not supported by Gust");
            return Operand::invalid();
        }
        let i = &idx[0];
        if xo.mode == Mode::Invalid {
            self.expr(i, scope, None);
            return Operand::invalid();
        }
        let u = self.types.underlying(xo.ty);
        match self.types.kind(u).clone() {
            Kind::Map(k, v) => {
                let mut io = self.expr(i, scope, Some(k));
                self.assign_to_e(&mut io, k, "map index", i.span, Some(i));
                Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                    val: None,
                }
            }
            Kind::Slice(el) => {
                self.check_index(i, scope, None);
                Operand {
                    mode: Mode::Var,
                    ty: el,
                    val: None,
                }
            }
            Kind::Array(n, el) => {
                self.check_index(i, scope, Some(n));
                Operand {
                    mode: if xo.mode == Mode::Var {
                        Mode::Var
                    } else {
                        Mode::Value
                    },
                    ty: el,
                    val: None,
                }
            }
            Kind::Pointer(p) if matches!(self.types.ukind(p), Kind::Array(..)) => {
                let Kind::Array(n, el) = self.types.ukind(p).clone() else {
                    unreachable!()
                };
                self.check_index(i, scope, Some(n));
                Operand {
                    mode: Mode::Var,
                    ty: el,
                    val: None,
                }
            }
            Kind::Basic(b) if b.is_string() => {
                let len = match &xo.val {
                    Some(Const::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                let io = self.check_index(i, scope, len);
                let byte = self.types.basic(Basic::Uint8);
                let val = match (&xo.val, io.and_then(|v| v.as_i64())) {
                    (Some(Const::String(s)), Some(k)) if (k as usize) < s.len() => {
                        Some(Const::Int(BigInt::from(s[k as usize])))
                    }
                    _ => None,
                };
                Operand {
                    mode: Mode::Value,
                    ty: byte,
                    val,
                }
            }
            _ => {
                self.expr(i, scope, None);
                self.error(
                    x.span,
                    format!("invalid operation: cannot index {}", self.describe(x, &xo)),
                );
                Operand::invalid()
            }
        }
    }

    /// Checks an index operand; returns its constant value if any.
    fn check_index(&mut self, i: &Expr, scope: usize, len: Option<u64>) -> Option<Const> {
        let io = self.expr(i, scope, None);
        if io.mode == Mode::Invalid {
            return None;
        }
        let ok = self.is_integer_operand(&io);
        if !ok {
            self.error(
                i.span,
                format!(
                    "invalid argument: index {} must be integer",
                    self.describe(i, &io)
                ),
            );
            return None;
        }
        if let Some(v) = &io.val {
            if constant::is_neg(v) {
                self.error(
                    i.span,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.describe(i, &io)
                    ),
                );
                return None;
            }
            if let (Some(n), Some(k)) = (len, v.as_i64()) {
                if k as u64 >= n {
                    self.error(
                        i.span,
                        format!(
                            "invalid argument: index {} out of bounds [0:{n}]",
                            self.expr_text(i)
                        ),
                    );
                    return None;
                }
            }
        }
        io.val
    }

    fn slice_expr(
        &mut self,
        _e: &Expr,
        x: &Expr,
        parts: [&Option<Box<Expr>>; 3],
        three: bool,
        scope: usize,
    ) -> Operand {
        let xo = self.expr(x, scope, None);
        let mut consts: Vec<Option<i64>> = vec![];
        for (k, p) in parts.iter().enumerate() {
            match p {
                Some(p) => consts.push(self.check_index(p, scope, None).and_then(|v| v.as_i64())),
                None => {
                    if three && k > 0 {
                        let what = if k == 1 { "middle" } else { "final" };
                        self.error(x.span, format!("{what} index required in 3-index slice"));
                    }
                    consts.push(None);
                }
            }
        }
        let known: Vec<i64> = consts.iter().flatten().copied().collect();
        if known.windows(2).any(|w| w[0] > w[1]) {
            self.error(x.span, "invalid slice indices");
        }
        if xo.mode == Mode::Invalid {
            return Operand::invalid();
        }
        // Constant indices must lie within an array's length (or a constant string's).
        let cap = match (self.types.ukind(xo.ty), &xo.val) {
            (Kind::Array(n, _), _) => Some(*n as i64),
            (Kind::Pointer(p), _) => match self.types.ukind(*p) {
                Kind::Array(n, _) => Some(*n as i64),
                _ => None,
            },
            (_, Some(Const::String(s))) => Some(s.len() as i64),
            _ => None,
        };
        if let Some(cap) = cap {
            for (p, k) in parts.iter().zip(&consts) {
                if let (Some(p), Some(k)) = (p, k) {
                    if *k > cap {
                        self.error(
                            p.span,
                            format!("invalid argument: index {k} out of bounds [0:{}]", cap + 1),
                        );
                    }
                }
            }
        }
        let u = self.types.underlying(xo.ty);
        match self.types.kind(u).clone() {
            Kind::Slice(_) => Operand::value(xo.ty),
            Kind::Array(_, el) => {
                if xo.mode != Mode::Var {
                    self.error(
                        x.span,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            self.expr_text(x)
                        ),
                    );
                }
                Operand::value(self.types.slice(el))
            }
            Kind::Pointer(p) if matches!(self.types.ukind(p), Kind::Array(..)) => {
                let Kind::Array(_, el) = self.types.ukind(p).clone() else {
                    unreachable!()
                };
                Operand::value(self.types.slice(el))
            }
            Kind::Basic(b) if b.is_string() => {
                if three {
                    self.error(x.span, "invalid operation: 3-index slice of string");
                }
                let t = if b == Basic::UntypedString {
                    self.types.basic(Basic::String)
                } else {
                    xo.ty
                };
                Operand::value(t)
            }
            _ => {
                self.error(x.span, format!("cannot slice {}", self.describe(x, &xo)));
                Operand::invalid()
            }
        }
    }

    // ------------------------------------------------------------ composite literals

    fn composite(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[ast::Element],
        lbrace: Span,
        scope: usize,
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    let et = self.type_expr(elem, scope);
                    // [...]T: length from the elements.
                    let mut n: i64 = 0;
                    let mut max = 0;
                    for el in elts {
                        if let Some(k) = &el.key {
                            if let Some(v) = self.expr(k, scope, None).val.and_then(|v| v.as_i64())
                            {
                                n = v;
                            }
                        }
                        n += 1;
                        max = max.max(n);
                    }
                    let at = self.types.intern(Kind::Array(max as u64, et));
                    self.record(
                        te,
                        &Operand {
                            mode: Mode::Type,
                            ty: at,
                            val: None,
                        },
                    );
                    at
                }
                _ => self.type_expr(te, scope),
            },
            None => match hint {
                Some(h) => h,
                None => {
                    self.error(lbrace, "invalid composite literal type: missing type");
                    return Operand::invalid();
                }
            },
        };
        if t == INVALID || self.types.underlying(t) == INVALID {
            for el in elts {
                if let Some(k) = &el.key {
                    if !matches!(k.kind, ExprKind::Ident(_)) {
                        self.expr(k, scope, None);
                    }
                }
                self.expr(&el.value, scope, None);
            }
            return Operand::invalid();
        }
        // Elided `&T` inside a literal of pointers.
        let (base, is_ptr) = match (ty, self.types.kind(t)) {
            (None, Kind::Pointer(b)) => (*b, true),
            _ => (t, false),
        };
        let u = self.types.underlying(base);
        match self.types.kind(u).clone() {
            Kind::Struct(fields) => {
                let keyed = elts.first().is_some_and(|el| el.key.is_some());
                if keyed {
                    let mut seen: Vec<String> = vec![];
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        if matches!(&k.kind, ExprKind::Ident(n) if n == "_") {
                            self.error(k.span, "invalid field name _ in struct initializer");
                            continue;
                        }
                        let ExprKind::Ident(fname) = &k.kind else {
                            self.error(
                                k.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    self.expr_text(k)
                                ),
                            );
                            continue;
                        };
                        match fields.iter().find(|f| &f.name == fname) {
                            Some(f) => {
                                if seen.contains(fname) {
                                    self.error(
                                        k.span,
                                        format!("duplicate field name {fname} in struct literal"),
                                    );
                                }
                                seen.push(fname.clone());
                                self.struct_field_value(&el.value, f.ty, scope);
                            }
                            None => {
                                self.error(
                                    k.span,
                                    format!(
                                        "unknown field {fname} in struct literal of type {}",
                                        self.types.name(base)
                                    ),
                                );
                                self.expr(&el.value, scope, None);
                            }
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if el.key.is_some() {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        match fields.get(i) {
                            Some(f) => {
                                self.struct_field_value(&el.value, f.ty, scope);
                                if !f.pkg.is_empty() && f.pkg != self.pkg_path() {
                                    let msg = format!(
                                        "implicit assignment to unexported field {} in struct literal of type {}",
                                        f.name,
                                        self.types.name(base)
                                    );
                                    self.error(el.value.span, msg);
                                }
                            }
                            None => {
                                self.error(
                                    el.value.span,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.types.name(base)
                                    ),
                                );
                                break;
                            }
                        }
                    }
                    if !elts.is_empty() && elts.len() < fields.len() {
                        let end = Span::new(e.span.hi as usize - 1, e.span.hi as usize);
                        self.error(
                            end,
                            format!(
                                "too few values in struct literal of type {}",
                                self.types.name(base)
                            ),
                        );
                    }
                }
            }
            Kind::Array(n, el) => self.indexed_elems(elts, el, Some(n), scope),
            Kind::Slice(el) => self.indexed_elems(elts, el, None, scope),
            Kind::Map(k, v) => {
                // Keys are equal when type and value are (`int(2)` and
                // `int16(2)` differ as interface keys).
                let mut seen: Vec<(TypeId, Const)> = vec![];
                for el in elts {
                    let Some(key) = &el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        self.expr(&el.value, scope, Some(v));
                        continue;
                    };
                    let ko = self.elem_to(key, k, "map literal", scope);
                    if let Some(c) = &ko.val {
                        let key_id = (ko.ty, c.clone());
                        if seen.contains(&key_id) {
                            self.error(
                                key.span,
                                format!("duplicate key {} in map literal", self.expr_text(key)),
                            );
                        }
                        seen.push(key_id);
                    }
                    self.elem_to(&el.value, v, "map literal", scope);
                }
            }
            _ => {
                self.error(
                    e.span,
                    format!("invalid composite literal type {}", self.types.name(t)),
                );
                return Operand::invalid();
            }
        }
        let _ = is_ptr;
        Operand::value(t)
    }

    /// A struct literal's field value: unlike elements of arrays, slices and
    /// maps, it may not elide its type.
    fn struct_field_value(&mut self, v: &Expr, t: TypeId, scope: usize) {
        if let ExprKind::CompositeLit {
            ty: None, lbrace, ..
        } = &v.kind
        {
            self.error(*lbrace, "missing type in composite literal");
            return;
        }
        self.elem_to(v, t, "struct literal", scope);
    }

    /// Checks one element (key or value) of a composite literal against the
    /// type it must have; an elided `{...}` takes that type.
    fn elem_to(&mut self, v: &Expr, t: TypeId, ctx: &str, scope: usize) -> Operand {
        let mut op = self.expr(v, scope, Some(t));
        self.assign_to_e(&mut op, t, ctx, v.span, Some(v));
        op
    }

    fn indexed_elems(&mut self, elts: &[ast::Element], el: TypeId, len: Option<u64>, scope: usize) {
        let mut idx: i64 = 0;
        let mut seen: Vec<i64> = vec![];
        for e in elts {
            if let Some(k) = &e.key {
                match self.check_index(k, scope, len) {
                    Some(v) => {
                        if let Some(i) = v.as_i64() {
                            idx = i;
                        }
                    }
                    None => {
                        let ko = self.expr(k, scope, None);
                        if ko.mode != Mode::Invalid && ko.val.is_none() {
                            self.error(
                                k.span,
                                format!("index {} must be integer constant", self.expr_text(k)),
                            );
                        }
                    }
                }
            }
            if let Some(n) = len {
                if idx as u64 >= n && e.key.is_none() {
                    self.error(e.value.span, format!("index {idx} out of bounds [0:{n}]"));
                }
            }
            if seen.contains(&idx) {
                self.error(
                    e.value.span,
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            seen.push(idx);
            self.elem_to(&e.value, el, "array or slice literal", scope);
            idx += 1;
        }
    }

    /// Gives an untyped operand its default type (for `x := 1`).
    pub(super) fn default_of(&mut self, op: &mut Operand, span: Span) -> TypeId {
        if op.ty == self.types.basic(Basic::UntypedNil) {
            self.error(span, "use of untyped nil in assignment");
            return INVALID;
        }
        if self.types.is_untyped(op.ty) {
            let d = self.types.default_type(op.ty);
            let mut o2 = op.clone();
            if !self.assign_to(&mut o2, d, "assignment", span) {
                return INVALID;
            }
            *op = o2;
            return d;
        }
        op.ty
    }
}

fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Selector(_, s) => s.name.clone(),
        ExprKind::Unary(UnOp::Deref, x) => embedded_name(x),
        ExprKind::Paren(x) => embedded_name(x),
        _ => "_".into(),
    }
}

/// Source-like text of an expression, for messages.
pub fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => t.clone(),
        ExprKind::RuneLit(c) => format!("{:?}", char::from_u32(*c).unwrap_or('?')),
        ExprKind::StringLit(s) => format!("{:?}", String::from_utf8_lossy(s)),
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector(x, s) => format!("{}.{}", expr_string(x), s.name),
        ExprKind::Index(x, i) => format!(
            "{}[{}]",
            expr_string(x),
            i.iter().map(expr_string).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            let f = |o: &Option<Box<Expr>>| o.as_ref().map(|e| expr_string(e)).unwrap_or_default();
            if *three {
                format!("{}[{}:{}:{}]", expr_string(x), f(lo), f(hi), f(max))
            } else {
                format!("{}[{}:{}]", expr_string(x), f(lo), f(hi))
            }
        }
        ExprKind::TypeAssert(x, Some(t)) => format!("{}.({})", expr_string(x), expr_string(t)),
        ExprKind::TypeAssert(x, None) => format!("{}.(type)", expr_string(x)),
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => format!(
            "{}({}{})",
            expr_string(func),
            args.iter().map(expr_string).collect::<Vec<_>>().join(", "),
            if ellipsis.is_some() { "..." } else { "" }
        ),
        ExprKind::Unary(op, x) => format!("{}{}", op.text(), expr_string(x)),
        ExprKind::Binary(op, l, r) => {
            format!("{} {} {}", expr_string(l), op.text(), expr_string(r))
        }
        ExprKind::CompositeLit { ty, elts, .. } => format!(
            "{}{{{}}}",
            ty.as_ref().map(|t| expr_string(t)).unwrap_or_default(),
            if elts.is_empty() { "" } else { "…" }
        ),
        ExprKind::FuncLit { .. } => "func literal".into(),
        ExprKind::ArrayType { len, elem } => format!(
            "[{}]{}",
            len.as_ref().map(|l| expr_string(l)).unwrap_or("...".into()),
            expr_string(elem)
        ),
        ExprKind::SliceType(e) => format!("[]{}", expr_string(e)),
        ExprKind::MapType(k, v) => format!("map[{}]{}", expr_string(k), expr_string(v)),
        ExprKind::ChanType(d, e) => match d {
            ast::ChanDir::Both => format!("chan {}", expr_string(e)),
            ast::ChanDir::Send => format!("chan<- {}", expr_string(e)),
            ast::ChanDir::Recv => format!("<-chan {}", expr_string(e)),
        },
        ExprKind::FuncType(_) => "func(...)".into(),
        ExprKind::StructType(f) if f.is_empty() => "struct{}".into(),
        ExprKind::StructType(_) => "struct{...}".into(),
        ExprKind::InterfaceType(m) if m.is_empty() => "interface{}".into(),
        ExprKind::InterfaceType(_) => "interface{...}".into(),
        ExprKind::Bad => "_".into(),
    }
}

#[allow(dead_code)]
fn rat(v: &Const) -> BigRational {
    v.to_float().unwrap_or_else(BigRational::zero)
}

#[allow(dead_code)]
fn binop_unused(_: BinOp) {}
