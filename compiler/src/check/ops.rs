//! Calls, conversions, builtins and operators.

use super::expr::{Mode, Operand};
use super::*;
use crate::constant::{self, Const};
use gust_grammar::ast::{BinOp, Expr, ExprKind, UnOp};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

impl<'a> Checker<'a> {
    pub(super) fn call(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        ellipsis: Option<Span>,
        scope: usize,
        _hint: Option<TypeId>,
    ) -> Operand {
        let fo = self.expr_or_type(func, scope, None);
        match fo.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr_or_type(a, scope, None);
                }
                Operand::invalid()
            }
            Mode::Type => {
                self.info.conversions.insert((self.cur_file, e.id));
                self.conversion(e, fo.ty, func, args, scope)
            }
            Mode::Builtin(b) => {
                self.info.builtin_calls.insert((self.cur_file, e.id), b);
                self.builtin(e, b, args, ellipsis, scope)
            }
            _ => {
                let fo = self.single_value(func, fo);
                let Some(sig) = self.types.sig(fo.ty).cloned() else {
                    // The arguments are still checked (and their variables used).
                    for a in args {
                        self.expr_or_type(a, scope, None);
                    }
                    if fo.mode != Mode::Invalid {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: cannot call non-function {}",
                                self.describe(func, &fo)
                            ),
                        );
                    }
                    return Operand::invalid();
                };
                self.call_args(e, func, &sig, args, ellipsis, scope);
                match sig.results.len() {
                    0 => Operand {
                        mode: Mode::NoValue,
                        ty: self.types.empty_tuple,
                        val: None,
                    },
                    1 => Operand {
                        mode: Mode::Value,
                        ty: sig.results[0],
                        val: None,
                    },
                    _ => Operand {
                        mode: Mode::Value,
                        ty: self.types.tuple(sig.results.clone()),
                        val: None,
                    },
                }
            }
        }
    }

    fn call_args(
        &mut self,
        e: &Expr,
        func: &Expr,
        sig: &Sig,
        args: &[Expr],
        ellipsis: Option<Span>,
        scope: usize,
    ) {
        // f(g()) with multi-value g.
        if args.len() == 1 && sig.params.len() > 1
            || (args.len() == 1 && sig.variadic && !sig.params.is_empty() && ellipsis.is_none())
        {
            let op = self.expr_multi(&args[0], scope);
            if let Kind::Tuple(ts) = self.types.kind(op.ty).clone() {
                let have: Vec<String> = ts.iter().map(|t| self.types.name(*t)).collect();
                if self.arg_count_error(e, func, sig, &have, None) {
                    return;
                }
                if !self.params_accept(sig, &ts) {
                    self.error(
                        e.span,
                        format!(
                            "cannot use {} (value of type {}) as argument to {}",
                            self.expr_text(&args[0]),
                            self.types.name(op.ty),
                            self.expr_text(func)
                        ),
                    );
                }
                return;
            }
            let ops = vec![op];
            return self.check_arg_ops(e, func, sig, args, ops, ellipsis);
        }
        let mut ops = vec![];
        for (i, a) in args.iter().enumerate() {
            let hint = if sig.variadic && i + 1 >= sig.params.len() {
                let last = *sig.params.last().unwrap();
                if ellipsis.is_some() {
                    Some(last)
                } else {
                    match self.types.kind(last) {
                        Kind::Slice(el) => Some(*el),
                        _ => None,
                    }
                }
            } else {
                sig.params.get(i).copied()
            };
            ops.push(self.expr(a, scope, hint));
        }
        self.check_arg_ops(e, func, sig, args, ops, ellipsis)
    }

    fn params_accept(&self, sig: &Sig, ts: &[TypeId]) -> bool {
        if sig.variadic {
            if ts.len() + 1 < sig.params.len() {
                return false;
            }
        } else if ts.len() != sig.params.len() {
            return false;
        }
        ts.iter().enumerate().all(|(i, t)| {
            let p = if sig.variadic && i + 1 >= sig.params.len() {
                match self.types.kind(*sig.params.last().unwrap()) {
                    Kind::Slice(el) => *el,
                    _ => INVALID,
                }
            } else {
                sig.params[i]
            };
            self.assignable(*t, p)
        })
    }

    /// Reports a wrong number of arguments (`have` names the argument
    /// types); `args` locates the error for written-out arguments.
    fn arg_count_error(
        &mut self,
        e: &Expr,
        func: &Expr,
        sig: &Sig,
        have: &[String],
        args: Option<(&[Expr], Option<Span>)>,
    ) -> bool {
        let n = sig.params.len();
        let given = have.len();
        let spread = args.is_some_and(|(_, ell)| ell.is_some());
        let too_few = if sig.variadic {
            given + 1 < n
        } else {
            given < n
        };
        let too_many = !sig.variadic && given > n || (spread && given != n);
        if !too_few && !too_many {
            return false;
        }
        let want = self.types.sig_text(sig, "main");
        let want = want.split(')').next().unwrap_or("").to_string() + ")";
        let msg = format!(
            "{} arguments in call to {}\n\thave ({})\n\twant {}",
            if too_few { "not enough" } else { "too many" },
            self.expr_text(func),
            have.join(", "),
            want
        );
        let span = match args {
            Some((args, _)) if !too_few => args[n.min(args.len() - 1)].span,
            _ => Span::new(e.span.hi as usize - 1, e.span.hi as usize),
        };
        self.error(span, msg);
        true
    }

    fn check_arg_ops(
        &mut self,
        e: &Expr,
        func: &Expr,
        sig: &Sig,
        args: &[Expr],
        mut ops: Vec<Operand>,
        ellipsis: Option<Span>,
    ) {
        let n = sig.params.len();
        if let (Some(ell), false) = (ellipsis, sig.variadic) {
            self.error(
                ell,
                format!(
                    "cannot use ... in call to non-variadic {}",
                    self.expr_text(func)
                ),
            );
            return;
        }
        let have: Vec<String> = ops
            .iter()
            .map(|o| {
                if o.val.is_some() && self.types.is_untyped(o.ty) {
                    "number".to_string()
                } else {
                    self.types.name(o.ty)
                }
            })
            .collect();
        if self.arg_count_error(e, func, sig, &have, Some((args, ellipsis))) {
            return;
        }
        for (i, (a, op)) in args.iter().zip(ops.iter_mut()).enumerate() {
            let p = if sig.variadic && i + 1 >= n {
                let last = sig.params[n - 1];
                if ellipsis.is_some() {
                    last
                } else {
                    match self.types.kind(last) {
                        Kind::Slice(el) => *el,
                        _ => INVALID,
                    }
                }
            } else {
                sig.params[i]
            };
            let ctx = format!("argument to {}", self.expr_text(func));
            self.assign_to_e(op, p, &ctx, a.span, Some(a));
        }
    }

    /// `T(x)`; `ty` is the type as written (`[]byte`, not `[]uint8`, in
    /// messages, since type identity does not keep alias names).
    fn conversion(
        &mut self,
        e: &Expr,
        t: TypeId,
        ty: &Expr,
        args: &[Expr],
        scope: usize,
    ) -> Operand {
        let written = self.expr_text(strip_paren(ty));
        // Function, struct and interface literals are abbreviated in
        // expression text: name those by their type.
        let target = if written.contains("...") {
            self.types.name(t)
        } else {
            written
        };
        if args.len() != 1 {
            for a in args {
                self.expr(a, scope, None);
            }
            let w = if args.is_empty() {
                "missing argument in"
            } else {
                "too many arguments in"
            };
            self.error(e.span, format!("{w} conversion to {}", self.types.name(t)));
            return Operand::invalid();
        }
        let a = &args[0];
        let mut op = self.expr(a, scope, None);
        if op.mode == Mode::Invalid || t == INVALID {
            return Operand {
                mode: Mode::Value,
                ty: t,
                val: None,
            };
        }
        // Constant conversions.
        if let Some(v) = op.val.clone() {
            if let Some(b) = self.types.basic_of(t) {
                if self.types.is_named(t) || !b.is_untyped() {
                    let src_b = self.types.basic_of(op.ty);
                    if b.is_string()
                        && matches!(v, Const::Int(_))
                        && src_b.is_some_and(|s| s.is_integer())
                    {
                        let c = v
                            .as_i64()
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{fffd}');
                        let mut buf = [0u8; 4];
                        return Operand {
                            mode: Mode::Value,
                            ty: t,
                            val: Some(Const::String(c.encode_utf8(&mut buf).as_bytes().to_vec())),
                        };
                    }
                    let num_ok = b.is_numeric() && src_b.is_some_and(|s| s.is_numeric());
                    if num_ok {
                        let v2 = if b.is_integer()
                            && !matches!(v, Const::Int(_))
                            && !src_b.unwrap().is_untyped()
                        {
                            v.to_float().map(|f| Const::Int(f.to_integer()))
                        } else {
                            Some(v.clone())
                        };
                        match v2.and_then(|v2| constant::represent(&v2, b)) {
                            Some(r) => {
                                return Operand {
                                    mode: Mode::Value,
                                    ty: t,
                                    val: Some(r),
                                }
                            }
                            None => {
                                let trunc = b.is_integer() && v.to_int().is_none();
                                self.error(
                                    a.span,
                                    format!(
                                        "cannot convert {} to type {}{}",
                                        self.describe(a, &op),
                                        target,
                                        if trunc { " (truncated)" } else { "" }
                                    ),
                                );
                                return Operand::invalid();
                            }
                        }
                    }
                    if (b.is_string() && src_b.is_some_and(|s| s.is_string()))
                        || (b.is_boolean() && src_b.is_some_and(|s| s.is_boolean()))
                    {
                        return Operand {
                            mode: Mode::Value,
                            ty: t,
                            val: Some(v),
                        };
                    }
                }
            }
        }
        let untyped_shift = op.val.is_none()
            && self.types.is_untyped(op.ty)
            && self.types.basic_of(op.ty).is_some_and(|b| b.is_numeric());
        let shift_t = if self.types.is_interface(t) {
            self.types.default_type(op.ty)
        } else {
            t
        };
        if untyped_shift && self.types.basic_of(shift_t).is_none() {
            self.error(
                a.span,
                format!("cannot convert {} to type {target}", self.describe(a, &op)),
            );
            return Operand::invalid();
        }
        if untyped_shift && !self.types.basic_of(shift_t).is_some_and(|b| b.is_integer()) {
            self.error(
                a.span,
                format!(
                    "invalid operation: shifted operand {} (type {target}) must be integer",
                    self.expr_text(shifted_operand(a)),
                ),
            );
            return Operand::invalid();
        }
        if self.convertible(&op, t) {
            if self.types.is_untyped(op.ty) {
                // nil converts to the target itself; other untyped values
                // take their default type unless the target is a basic type
                // (`[]byte("s")`, `any(1)`).
                let nil = op.ty == self.types.basic(Basic::UntypedNil);
                let d = if nil || self.types.basic_of(t).is_some() {
                    t
                } else {
                    self.types.default_type(op.ty)
                };
                self.assign_to(&mut op, d, "conversion", a.span);
            }
            return Operand {
                mode: Mode::Value,
                ty: t,
                val: None,
            };
        }
        let mut msg = format!(
            "cannot convert {} to type {}",
            self.describe(a, &op),
            target
        );
        if self.types.is_interface(t) {
            if let Some(m) = self.missing_method(op.ty, t) {
                msg.push_str(&format!(
                    ":\n\t{} does not implement {} ({m})",
                    self.types.name(op.ty),
                    self.types.name(t)
                ));
            }
        }
        self.error(a.span, msg);
        Operand::invalid()
    }

    fn convertible(&self, op: &Operand, t: TypeId) -> bool {
        let v = op.ty;
        if self.assignable(v, t) {
            return true;
        }
        if self.types.is_untyped(v) {
            if v == self.types.basic(Basic::UntypedNil) {
                return self.nil_ok(t);
            }
            let d = self.types.default_type(v);
            return self.convertible(
                &Operand {
                    mode: Mode::Value,
                    ty: d,
                    val: None,
                },
                t,
            );
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Kind::Pointer(a), Kind::Pointer(b)) = (self.types.kind(v), self.types.kind(t)) {
            if self.identical_ignore_tags(self.types.underlying(*a), self.types.underlying(*b)) {
                return true;
            }
        }
        let (vb, tb) = (self.types.basic_of(v), self.types.basic_of(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if b.is_string() && a.is_integer() {
                return true;
            }
        }
        let is_bytes_or_runes = |k: &Kind| match k {
            Kind::Slice(el) => matches!(
                self.types.basic_of(*el),
                Some(Basic::Uint8) | Some(Basic::Int32)
            ),
            _ => false,
        };
        if tb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self.types.kind(vu)) {
            return true;
        }
        if vb.is_some_and(|b| b.is_string()) && is_bytes_or_runes(self.types.kind(tu)) {
            return true;
        }
        // Slice to array pointer / array.
        if let (Kind::Slice(a), Kind::Pointer(p)) = (self.types.kind(vu), self.types.kind(tu)) {
            if let Kind::Array(_, b) = self.types.ukind(*p) {
                return a == b;
            }
        }
        if let (Kind::Slice(a), Kind::Array(_, b)) = (self.types.kind(vu), self.types.kind(tu)) {
            return a == b;
        }
        false
    }

    /// Type identity with struct tags ignored (the conversion rule),
    /// applied through every level of a type literal.
    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let same = |x: &TypeId, y: &TypeId| self.identical_ignore_tags(*x, *y);
        match (self.types.kind(a), self.types.kind(b)) {
            (Kind::Struct(x), Kind::Struct(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y).all(|(f, g)| {
                        f.name == g.name && f.embedded == g.embedded && same(&f.ty, &g.ty)
                    })
            }
            (Kind::Pointer(x), Kind::Pointer(y)) | (Kind::Slice(x), Kind::Slice(y)) => same(x, y),
            (Kind::Array(n, x), Kind::Array(m, y)) => n == m && same(x, y),
            (Kind::Map(k1, v1), Kind::Map(k2, v2)) => same(k1, k2) && same(v1, v2),
            (Kind::Chan(d1, x), Kind::Chan(d2, y)) => d1 == d2 && same(x, y),
            (Kind::Func(f), Kind::Func(g)) => {
                f.variadic == g.variadic
                    && f.params.len() == g.params.len()
                    && f.results.len() == g.results.len()
                    && f.params.iter().zip(&g.params).all(|(x, y)| same(x, y))
                    && f.results.iter().zip(&g.results).all(|(x, y)| same(x, y))
            }
            _ => false,
        }
    }

    /// A builtin whose arguments all come from one multi-valued call `arg`
    /// (results `ts`, at least two).
    fn builtin_tuple(&mut self, e: &Expr, b: Builtin, arg: &Expr, ts: &[TypeId]) -> Operand {
        let int = self.types.basic(Basic::Int);
        let no_value = |c: &Self| Operand {
            mode: Mode::NoValue,
            ty: c.types.empty_tuple,
            val: None,
        };
        let name = format!("{b:?}").to_lowercase();
        let mismatch = |c: &mut Self| {
            let tt = c.types.tuple(ts.to_vec());
            c.error(
                e.span,
                format!(
                    "cannot use {} (value of type {}) as argument to {name}",
                    c.expr_text(arg),
                    c.types.name(tt)
                ),
            );
        };
        match b {
            Builtin::Print | Builtin::Println => no_value(self),
            Builtin::Append => {
                let Kind::Slice(el) = self.types.ukind(ts[0]).clone() else {
                    mismatch(self);
                    return Operand::invalid();
                };
                if let Some(t) = ts[1..].iter().find(|t| !self.assignable(**t, el)) {
                    self.error(
                        arg.span,
                        format!(
                            "cannot use {} (value of type {}) as {} value in argument to append",
                            self.expr_text(arg),
                            self.types.name(*t),
                            self.types.name(el)
                        ),
                    );
                }
                Operand::value(ts[0])
            }
            Builtin::Copy => {
                let ok = ts.len() == 2
                    && matches!(self.copy_elems(ts[0], ts[1]), (Some(a), Some(b)) if a == b);
                if !ok {
                    mismatch(self);
                }
                Operand::value(int)
            }
            Builtin::Delete => {
                let ok = ts.len() == 2
                    && match self.types.ukind(ts[0]).clone() {
                        Kind::Map(k, _) => self.assignable(ts[1], k),
                        _ => false,
                    };
                if !ok {
                    mismatch(self);
                }
                no_value(self)
            }
            _ => unreachable!(),
        }
    }

    /// The element types `copy(dst, src)` works with: a slice's element, and
    /// for `src` also a string's bytes.
    fn copy_elems(&self, dst: TypeId, src: TypeId) -> (Option<TypeId>, Option<TypeId>) {
        let d = match self.types.ukind(dst) {
            Kind::Slice(e) => Some(*e),
            _ => None,
        };
        let s = match self.types.ukind(src) {
            Kind::Slice(e) => Some(*e),
            Kind::Basic(b) if b.is_string() => Some(self.types.basic(Basic::Uint8)),
            _ => None,
        };
        (d, s)
    }

    fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: Option<Span>,
        scope: usize,
    ) -> Operand {
        let int = self.types.basic(Basic::Int);
        let name = format!("{b:?}").to_lowercase();
        let nargs = |c: &mut Self, min: usize, max: usize| -> bool {
            if args.len() < min {
                c.error(
                    e.span,
                    format!(
                        "not enough arguments for {}() (expected {min}, found {})",
                        name,
                        args.len()
                    ),
                );
                return false;
            }
            if args.len() > max {
                c.error(
                    args[max].span,
                    format!(
                        "too many arguments for {}() (expected {max}, found {})",
                        name,
                        args.len()
                    ),
                );
                return false;
            }
            true
        };
        // `append(f())`, `copy(f())`, `delete(f())`, `print(f())`: a lone
        // multi-valued call supplies all the arguments.
        let mut first: Option<Operand> = None;
        if args.len() == 1
            && ellipsis.is_none()
            && matches!(
                b,
                Builtin::Append
                    | Builtin::Copy
                    | Builtin::Delete
                    | Builtin::Print
                    | Builtin::Println
            )
            && matches!(strip_paren(&args[0]).kind, ExprKind::Call { .. })
        {
            let op = self.expr_multi(&args[0], scope);
            match self.types.kind(op.ty).clone() {
                Kind::Tuple(ts) if ts.len() >= 2 => {
                    return self.builtin_tuple(e, b, &args[0], &ts);
                }
                _ => {}
            }
            let op = if op.mode == Mode::NoValue {
                self.single_value(&args[0], op)
            } else {
                op
            };
            if matches!(b, Builtin::Copy | Builtin::Delete) {
                nargs(self, 2, 2);
                return match b {
                    Builtin::Copy => Operand::value(int),
                    _ => Operand {
                        mode: Mode::NoValue,
                        ty: self.types.empty_tuple,
                        val: None,
                    },
                };
            }
            first = Some(op);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.expr(&args[0], scope, None);
                if op.mode == Mode::Invalid {
                    return Operand::value(int);
                }
                // A pointer to an array stands for the array; no other pointer.
                let t = match self.types.ukind(op.ty) {
                    Kind::Pointer(p) if matches!(self.types.ukind(*p), Kind::Array(..)) => *p,
                    _ => op.ty,
                };
                let ok_val = match self.types.ukind(t).clone() {
                    Kind::Basic(bb) if bb.is_string() && b == Builtin::Len => {
                        Some(op.val.as_ref().and_then(|v| {
                            if let Const::String(s) = v {
                                Some(Const::Int(BigInt::from(s.len())))
                            } else {
                                None
                            }
                        }))
                    }
                    Kind::Array(n, _) => Some(if has_call_or_recv(&args[0]) {
                        None
                    } else {
                        Some(Const::Int(BigInt::from(n)))
                    }),
                    Kind::Slice(_) | Kind::Chan(..) => Some(None),
                    Kind::Map(..) if b == Builtin::Len => Some(None),
                    _ => None,
                };
                match ok_val {
                    Some(v) => Operand {
                        mode: Mode::Value,
                        ty: int,
                        val: v,
                    },
                    None => {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: {} for {name}",
                                self.describe(&args[0], &op)
                            ),
                        );
                        Operand::invalid()
                    }
                }
            }
            Builtin::New => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let t = self.type_expr(&args[0], scope);
                Operand::value(self.types.pointer(t))
            }
            Builtin::Make => {
                if args.is_empty() {
                    self.error(
                        e.span,
                        "not enough arguments for make() (expected 1, found 0)",
                    );
                    return Operand::invalid();
                }
                let t = self.type_expr(&args[0], scope);
                let (min, max) = match self.types.ukind(t) {
                    Kind::Slice(_) => (2, 3),
                    Kind::Map(..) | Kind::Chan(..) => (1, 2),
                    Kind::Invalid => (1, 3),
                    _ => {
                        self.error(args[0].span, format!("invalid argument: cannot make {}; type must be slice, map, or channel", self.expr_text(&args[0])));
                        return Operand::invalid();
                    }
                };
                if args.len() < min {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects {min} or {max} arguments; found {}",
                            self.expr_text(e),
                            args.len()
                        ),
                    );
                    return Operand::invalid();
                }
                if args.len() > max {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects {min} or {max} arguments; found {}",
                            self.expr_text(e),
                            args.len()
                        ),
                    );
                    return Operand::invalid();
                }
                let mut sizes = vec![];
                for a in &args[1..] {
                    let op = self.expr(a, scope, None);
                    if op.mode == Mode::Invalid {
                        continue;
                    }
                    let ok = self.is_integer_operand(&op);
                    if !ok {
                        self.error(
                            a.span,
                            format!("cannot convert {} to type int", self.describe(a, &op)),
                        );
                    } else if let Some(v) = &op.val {
                        if constant::is_neg(v) {
                            self.error(
                                a.span,
                                format!(
                                    "invalid argument: index {} must not be negative",
                                    self.expr_text(a)
                                ),
                            );
                        }
                        sizes.push(v.as_i64());
                    }
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(
                            args[1].span,
                            "invalid argument: length and capacity swapped",
                        );
                    }
                }
                Operand::value(t)
            }
            Builtin::Append => {
                if args.is_empty() {
                    self.error(
                        e.span,
                        "not enough arguments for append() (expected 1, found 0)",
                    );
                    return Operand::invalid();
                }
                let s = match first.take() {
                    Some(op) => op,
                    None => self.expr(&args[0], scope, None),
                };
                if s.mode == Mode::Invalid {
                    for a in &args[1..] {
                        self.expr(a, scope, None);
                    }
                    return Operand::invalid();
                }
                let st = if s.ty == self.types.basic(Basic::UntypedNil) {
                    INVALID
                } else {
                    s.ty
                };
                let Kind::Slice(el) = self.types.ukind(st).clone() else {
                    if st != INVALID {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: {} is not a slice",
                                self.describe(&args[0], &s)
                            ),
                        );
                    } else {
                        self.error(
                            args[0].span,
                            "first argument to append must be a typed slice; have untyped nil",
                        );
                    }
                    return Operand::invalid();
                };
                if ellipsis.is_some() {
                    if args.len() != 2 {
                        let which = if args.len() < 2 {
                            "not enough"
                        } else {
                            "too many"
                        };
                        self.error(e.span, format!("{which} arguments in call to append"));
                        return Operand::value(st);
                    }
                    let mut op = self.expr(&args[1], scope, Some(st));
                    let is_bytes_from_string = self.types.basic_of(el) == Some(Basic::Uint8)
                        && self.types.basic_of(op.ty).is_some_and(|b| b.is_string());
                    if !is_bytes_from_string {
                        let sl = self.types.slice(el);
                        self.assign_to_e(&mut op, sl, "append", args[1].span, Some(&args[1]));
                    }
                } else {
                    for a in &args[1..] {
                        let mut op = self.expr(a, scope, Some(el));
                        self.assign_to_e(&mut op, el, "argument to append", a.span, Some(a));
                    }
                }
                Operand::value(st)
            }
            Builtin::Copy => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let d = self.expr(&args[0], scope, None);
                let s = self.expr(&args[1], scope, None);
                if d.mode == Mode::Invalid || s.mode == Mode::Invalid {
                    return Operand::value(int);
                }
                match self.copy_elems(d.ty, s.ty) {
                    (Some(a), Some(b)) if a == b => {}
                    (Some(a), Some(b)) => {
                        // A string source is named as such, not by its bytes.
                        let src = if self.types.basic_of(s.ty).is_some_and(|k| k.is_string()) {
                            "string".to_string()
                        } else {
                            self.types.name(b)
                        };
                        self.error(
                            e.span,
                            format!(
                                "invalid argument: arguments to copy {} and {} have different element types {} and {src}",
                                self.describe(&args[0], &d),
                                self.describe(&args[1], &s),
                                self.types.name(a),
                            ),
                        )
                    }
                    _ => self.error(
                        e.span,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            self.describe(&args[0], &d),
                            self.describe(&args[1], &s)
                        ),
                    ),
                }
                Operand::value(int)
            }
            Builtin::Delete => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let m = self.expr(&args[0], scope, None);
                match self.types.ukind(m.ty).clone() {
                    Kind::Map(k, _) => {
                        let mut ko = self.expr(&args[1], scope, Some(k));
                        self.assign_to_e(
                            &mut ko,
                            k,
                            "argument to delete",
                            args[1].span,
                            Some(&args[1]),
                        );
                    }
                    _ => {
                        self.expr(&args[1], scope, None);
                        if m.mode != Mode::Invalid {
                            self.error(
                                args[0].span,
                                format!(
                                    "invalid argument: {} is not a map",
                                    self.describe(&args[0], &m)
                                ),
                            );
                        }
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.empty_tuple,
                    val: None,
                }
            }
            Builtin::Close => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let c = self.expr(&args[0], scope, None);
                match self.types.ukind(c.ty) {
                    Kind::Chan(Dir::Recv, _) => self.error(
                        args[0].span,
                        format!(
                            "invalid operation: cannot close receive-only channel {}",
                            self.describe(&args[0], &c)
                        ),
                    ),
                    Kind::Chan(..) | Kind::Invalid => {}
                    _ => self.error(
                        args[0].span,
                        format!(
                            "invalid operation: cannot close non-channel {}",
                            self.describe(&args[0], &c)
                        ),
                    ),
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.empty_tuple,
                    val: None,
                }
            }
            Builtin::Panic => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let mut op = self.expr(&args[0], scope, None);
                let any = self.types.any;
                self.assign_to_e(
                    &mut op,
                    any,
                    "argument to panic",
                    args[0].span,
                    Some(&args[0]),
                );
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.empty_tuple,
                    val: None,
                }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut op = match first.take() {
                        Some(op) => op,
                        None => self.expr(a, scope, None),
                    };
                    if op.ty == self.types.basic(Basic::UntypedNil) {
                        self.error(a.span, "use of untyped nil in argument to built-in print");
                    } else if self.types.is_untyped(op.ty) {
                        self.default_of(&mut op, a.span);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.empty_tuple,
                    val: None,
                }
            }
            Builtin::Recover => {
                nargs(self, 0, 0);
                Operand::value(self.types.any)
            }
            Builtin::Clear => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.expr(&args[0], scope, None);
                if op.mode != Mode::Invalid
                    && !matches!(self.types.ukind(op.ty), Kind::Map(..) | Kind::Slice(_))
                {
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} must be a map or slice",
                            self.describe(&args[0], &op)
                        ),
                    );
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.empty_tuple,
                    val: None,
                }
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    self.error(
                        e.span,
                        format!("not enough arguments for {name}() (expected 1, found 0)"),
                    );
                    return Operand::invalid();
                }
                let mut acc = self.expr(&args[0], scope, None);
                for a in &args[1..] {
                    let o = self.expr(a, scope, None);
                    acc = self
                        .binary_ops(e, BinOp::Add, &args[0], a, acc.clone(), o.clone(), true)
                        .map(|mut r| {
                            if let (Some(x), Some(y)) = (acc.val.clone(), o.val.clone()) {
                                let (fx, fy) = (
                                    x.to_float().unwrap_or_default(),
                                    y.to_float().unwrap_or_default(),
                                );
                                let pick_y = if b == Builtin::Min { fy < fx } else { fy > fx };
                                r.val = Some(if pick_y { y } else { x });
                            } else {
                                r.val = None;
                            }
                            r
                        })
                        .unwrap_or_else(Operand::invalid);
                }
                if acc.mode != Mode::Invalid
                    && !self
                        .types
                        .basic_of(acc.ty)
                        .is_some_and(|b| b.is_numeric() || b.is_string())
                {
                    self.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} cannot be ordered",
                            self.describe(&args[0], &acc)
                        ),
                    );
                    return Operand::invalid();
                }
                acc
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                for a in args {
                    self.expr(a, scope, None);
                }
                self.error(e.span, "complex numbers are not supported by Gust");
                Operand::invalid()
            }
        }
    }

    // ------------------------------------------------------------ operators

    pub(super) fn unary(
        &mut self,
        e: &Expr,
        op: UnOp,
        x: &Expr,
        scope: usize,
        hint: Option<TypeId>,
    ) -> Operand {
        match op {
            UnOp::Deref => {
                let xo = self.expr_or_type(x, scope, None);
                match xo.mode {
                    Mode::Type => {
                        return Operand {
                            mode: Mode::Type,
                            ty: self.types.pointer(xo.ty),
                            val: None,
                        }
                    }
                    Mode::Invalid => return Operand::invalid(),
                    _ => {}
                }
                let xo = self.single_value(x, xo);
                if xo.ty == self.types.basic(Basic::UntypedNil) {
                    self.error(e.span, "invalid operation: cannot indirect nil");
                    return Operand::invalid();
                }
                match self.types.ukind(xo.ty) {
                    Kind::Pointer(p) => Operand {
                        mode: Mode::Var,
                        ty: *p,
                        val: None,
                    },
                    Kind::Invalid => Operand::invalid(),
                    _ => {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: cannot indirect {}",
                                self.describe(x, &xo)
                            ),
                        );
                        Operand::invalid()
                    }
                }
            }
            UnOp::Addr => {
                let inner = strip_paren(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let h = hint.and_then(|h| match self.types.ukind(h) {
                        Kind::Pointer(p) => Some(*p),
                        _ => None,
                    });
                    let xo = self.expr(x, scope, h);
                    if xo.mode == Mode::Invalid {
                        return xo;
                    }
                    return Operand::value(self.types.pointer(xo.ty));
                }
                let xo = self.expr(x, scope, None);
                if xo.mode == Mode::Invalid {
                    return xo;
                }
                if xo.mode != Mode::Var {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: cannot take address of {}",
                            self.describe(x, &xo)
                        ),
                    );
                    return Operand::invalid();
                }
                Operand::value(self.types.pointer(xo.ty))
            }
            UnOp::Recv => {
                let xo = self.expr(x, scope, None);
                if xo.mode == Mode::Invalid {
                    return xo;
                }
                match self.types.ukind(xo.ty).clone() {
                    Kind::Chan(Dir::Send, _) => {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {}",
                                self.describe(x, &xo)
                            ),
                        );
                        Operand::invalid()
                    }
                    Kind::Chan(_, el) => Operand {
                        mode: Mode::CommaOk,
                        ty: el,
                        val: None,
                    },
                    _ => {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from non-channel {}",
                                self.describe(x, &xo)
                            ),
                        );
                        Operand::invalid()
                    }
                }
            }
            UnOp::Pos | UnOp::Neg | UnOp::Not | UnOp::Xor => {
                let xo = self.expr(x, scope, hint);
                if xo.mode == Mode::Invalid {
                    return xo;
                }
                let b = self.types.basic_of(xo.ty);
                let ok = match op {
                    UnOp::Not => b.is_some_and(|b| b.is_boolean()),
                    UnOp::Xor => b.is_some_and(|b| b.is_integer()),
                    _ => b.is_some_and(|b| b.is_numeric()),
                };
                if !ok {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            op.text(),
                            self.describe(x, &xo)
                        ),
                    );
                    return Operand::invalid();
                }
                let val = xo.val.as_ref().and_then(|v| match (op, v) {
                    (UnOp::Pos, _) => Some(v.clone()),
                    (UnOp::Neg, Const::Int(i)) => Some(Const::Int(-i)),
                    (UnOp::Neg, Const::Float(f)) => Some(Const::Float(-f)),
                    (UnOp::Not, Const::Bool(bv)) => Some(Const::Bool(!bv)),
                    (UnOp::Xor, Const::Int(i)) => {
                        let bb = b.unwrap();
                        match bb.int_bits() {
                            Some((bits, false)) => {
                                let mask = (BigInt::from(1) << bits as usize) - 1;
                                Some(Const::Int(i ^ mask))
                            }
                            _ => Some(Const::Int(-i - 1)),
                        }
                    }
                    _ => None,
                });
                let mut r = Operand {
                    mode: Mode::Value,
                    ty: xo.ty,
                    val,
                };
                self.check_overflow(e, &mut r);
                r
            }
        }
    }

    fn check_overflow(&mut self, e: &Expr, r: &mut Operand) {
        let Some(v) = r.val.clone() else { return };
        let Some(b) = self.types.basic_of(r.ty) else {
            return;
        };
        if b.is_untyped() {
            // Go keeps at least 512 bits for constants.
            if let Const::Int(i) = &v {
                if i.bits() > 512 {
                    let what = match &e.kind {
                        ExprKind::Binary(BinOp::Add, ..) => "addition",
                        ExprKind::Binary(BinOp::Sub, ..) => "subtraction",
                        ExprKind::Binary(BinOp::Mul, ..) => "multiplication",
                        ExprKind::Binary(BinOp::Shl, ..) => "shift",
                        ExprKind::Binary(BinOp::Xor, ..) => "bitwise XOR",
                        ExprKind::Binary(BinOp::Or, ..) => "bitwise OR",
                        ExprKind::Unary(UnOp::Xor, _) => "bitwise complement",
                        ExprKind::Unary(UnOp::Neg, _) => "negation",
                        _ => "value",
                    };
                    self.error(e.span, format!("constant {what} overflow"));
                    *r = Operand::invalid();
                }
            }
            return;
        }
        if b.is_numeric() {
            match constant::represent(&v, b) {
                Some(x) => r.val = Some(x),
                None => {
                    self.error(
                        e.span,
                        format!(
                            "{} (constant {} of type {}) overflows {}",
                            self.expr_text(e),
                            v.show(),
                            self.types.name(r.ty),
                            self.types.name(r.ty)
                        ),
                    );
                    r.val = None;
                }
            }
        }
    }

    pub(super) fn binary(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        scope: usize,
        hint: Option<TypeId>,
    ) -> Operand {
        // Operands share the result's type, but not an interface's.
        let hint = hint.filter(|h| !self.types.is_interface(*h));
        let h = if op.is_comparison() || op == BinOp::Shl || op == BinOp::Shr {
            None
        } else {
            hint
        };
        let lo = self.expr(l, scope, h);
        let ro = self.expr(
            r,
            scope,
            if op == BinOp::Shl || op == BinOp::Shr {
                None
            } else {
                h
            },
        );
        self.shift_hint = hint;
        self.binary_ops(e, op, l, r, lo, ro, false)
            .unwrap_or_else(Operand::invalid)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn binary_ops(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        mut lo: Operand,
        mut ro: Operand,
        quiet_ops: bool,
    ) -> Option<Operand> {
        if lo.mode == Mode::Invalid
            || ro.mode == Mode::Invalid
            || lo.ty == INVALID
            || ro.ty == INVALID
        {
            return None;
        }
        let bool_t = self.types.basic(Basic::UntypedBool);
        if op == BinOp::Shl || op == BinOp::Shr {
            return self.shift(e, op, l, r, lo, ro);
        }
        let nil_t = self.types.basic(Basic::UntypedNil);
        let either_nil = lo.ty == nil_t || ro.ty == nil_t;
        // Bring both operands to a common type.
        let lu = self.types.is_untyped(lo.ty);
        let ru = self.types.is_untyped(ro.ty);
        if lu && !ru {
            match self.convert_untyped(&mut lo, ro.ty, l) {
                Convert::Ok => {}
                Convert::Mismatch => {
                    self.mismatch(e, op, l, r, &lo, &ro);
                    return None;
                }
                Convert::Reported => return None,
            }
        } else if ru && !lu {
            match self.convert_untyped(&mut ro, lo.ty, r) {
                Convert::Ok => {}
                Convert::Mismatch => {
                    self.mismatch(e, op, l, r, &lo, &ro);
                    return None;
                }
                Convert::Reported => return None,
            }
        } else if lu && ru {
            // Both untyped: the "larger" kind wins.
            let rank = |b: Option<Basic>| match b {
                Some(Basic::UntypedInt) => 1,
                Some(Basic::UntypedRune) => 2,
                Some(Basic::UntypedFloat) => 3,
                _ => 0,
            };
            let (a, b) = (self.types.basic_of(lo.ty), self.types.basic_of(ro.ty));
            if rank(a) > 0 && rank(b) > 0 {
                let t = if rank(a) >= rank(b) { lo.ty } else { ro.ty };
                lo.ty = t;
                ro.ty = t;
            } else if a != b && !(a == Some(Basic::UntypedNil) || b == Some(Basic::UntypedNil)) {
                self.mismatch(e, op, l, r, &lo, &ro);
                return None;
            }
        }
        if op.is_comparison() {
            let t = lo.ty;
            let nil = self.types.basic(Basic::UntypedNil);
            let ok_types = self.assignable(lo.ty, ro.ty) || self.assignable(ro.ty, lo.ty);
            if !ok_types {
                self.mismatch(e, op, l, r, &lo, &ro);
                return None;
            }
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                let (lt, rt) = (lo.ty, ro.ty);
                for (side, t2, other) in [(l, lt, rt), (r, rt, lt)] {
                    if !self.types.comparable(t2) && other != nil && t2 != nil && !either_nil {
                        let _ = side;
                        let msg = format!(
                            "invalid operation: {} ({})",
                            self.expr_text(e),
                            self.incomparable_reason(t2)
                        );
                        self.error(e.span, msg);
                        return None;
                    }
                }
                if lt == nil && rt == nil {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} (operator {} not defined on nil)",
                            self.expr_text(e),
                            op.text()
                        ),
                    );
                    return None;
                }
            } else {
                let ordered = self
                    .types
                    .basic_of(t)
                    .is_some_and(|b| b.is_numeric() || b.is_string());
                if !ordered {
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {} (operator {} not defined on {})",
                            self.expr_text(e),
                            op.text(),
                            self.kind_word(t)
                        ),
                    );
                    return None;
                }
            }
            let val = match (&lo.val, &ro.val) {
                (Some(a), Some(b)) => compare_consts(op, a, b).map(Const::Bool),
                _ => None,
            };
            return Some(Operand {
                mode: Mode::Value,
                ty: bool_t,
                val,
            });
        }
        let fits = self.assignable(lo.ty, ro.ty) && self.assignable(ro.ty, lo.ty);
        if !fits && (!quiet_ops || lo.ty != ro.ty) {
            self.mismatch(e, op, l, r, &lo, &ro);
            return None;
        }
        let t = lo.ty;
        let b = self.types.basic_of(t);
        let ok = match op {
            BinOp::LAnd | BinOp::LOr => b.is_some_and(|b| b.is_boolean()),
            BinOp::Add => b.is_some_and(|b| b.is_numeric() || b.is_string()),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => b.is_some_and(|b| b.is_numeric()),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                b.is_some_and(|b| b.is_integer())
            }
            _ => false,
        };
        if !ok {
            if !quiet_ops {
                self.error(
                    e.span,
                    format!(
                        "invalid operation: operator {} not defined on {}",
                        op.text(),
                        self.describe(l, &lo)
                    ),
                );
            }
            return None;
        }
        if matches!(op, BinOp::Quo | BinOp::Rem) {
            if let Some(v) = &ro.val {
                let zero = match v {
                    Const::Int(i) => i.is_zero(),
                    Const::Float(f) => f.is_zero(),
                    _ => false,
                };
                if zero && (b.is_some_and(|b| b.is_integer()) || lo.val.is_some()) {
                    self.error(r.span, "invalid operation: division by zero");
                    return None;
                }
            }
        }
        let mut val = match (&lo.val, &ro.val) {
            (Some(a), Some(c)) => fold(op, a, c, b.unwrap_or(Basic::UntypedInt)),
            _ => None,
        };
        if let Some(Const::Float(f)) = &val {
            if b.is_some_and(|b| b.is_integer()) {
                val = Some(Const::Int(f.to_integer()));
            }
        }
        let mut res = Operand {
            mode: Mode::Value,
            ty: t,
            val,
        };
        self.check_overflow(e, &mut res);
        Some(res)
    }

    /// Why values of type `t` cannot be compared, worded like Go.
    pub(super) fn incomparable_reason(&self, t: TypeId) -> String {
        match self.types.ukind(t) {
            Kind::Slice(_) => "slice can only be compared to nil".into(),
            Kind::Map(..) => "map can only be compared to nil".into(),
            Kind::Func(_) => "func can only be compared to nil".into(),
            Kind::Struct(fs) => match fs.iter().find(|f| !self.types.comparable(f.ty)) {
                Some(f) => format!(
                    "struct containing {} cannot be compared",
                    self.types.name(f.ty)
                ),
                None => format!("{} cannot be compared", self.types.name(t)),
            },
            _ => format!("{} cannot be compared", self.types.name(t)),
        }
    }

    fn kind_word(&self, t: TypeId) -> String {
        match self.types.ukind(t) {
            Kind::Struct(_) => "struct".into(),
            Kind::Interface(_) => "interface".into(),
            Kind::Pointer(_) => "pointer".into(),
            Kind::Chan(..) => "chan".into(),
            Kind::Map(..) => "map".into(),
            Kind::Slice(_) => "slice".into(),
            Kind::Func(_) => "func".into(),
            Kind::Array(..) => "array".into(),
            Kind::Basic(b) if b.is_boolean() => "bool".into(),
            _ => self.types.name(t),
        }
    }

    fn mismatch(&mut self, e: &Expr, op: BinOp, _l: &Expr, _r: &Expr, lo: &Operand, ro: &Operand) {
        let _ = op;
        self.error(
            e.span,
            format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.expr_text(e),
                self.types.name(lo.ty),
                self.types.name(ro.ty)
            ),
        );
    }

    /// Converts an untyped operand to `t` for a binary operation.
    /// Converts an untyped operand `x` to `t` for a binary operation.
    fn convert_untyped(&mut self, op: &mut Operand, t: TypeId, x: &Expr) -> Convert {
        if op.ty == self.types.basic(Basic::UntypedNil) {
            if self.nil_ok(t) {
                op.ty = t;
                return Convert::Ok;
            }
            return Convert::Mismatch;
        }
        if self.types.is_interface(t) {
            op.ty = self.types.default_type(op.ty);
            return Convert::Ok;
        }
        let (Some(b), Some(ob)) = (self.types.basic_of(t), self.types.basic_of(op.ty)) else {
            return Convert::Mismatch;
        };
        let compatible = (ob.is_numeric() && b.is_numeric())
            || (ob.is_string() && b.is_string())
            || (ob.is_boolean() && b.is_boolean());
        if !compatible {
            return Convert::Mismatch;
        }
        // A non-constant untyped value of a numeric kind is a shift of an
        // untyped constant: it must become an integer type.
        if op.val.is_none() && ob.is_numeric() && !b.is_integer() {
            self.error(
                x.span,
                format!(
                    "invalid operation: shifted operand {} (type {}) must be integer",
                    self.expr_text(shifted_operand(x)),
                    self.types.name(t)
                ),
            );
            return Convert::Reported;
        }
        if let Some(v) = &op.val {
            match constant::represent(v, b) {
                Some(r) => op.val = Some(r),
                None => {
                    let why = if b.is_integer() && v.to_int().is_none() {
                        "truncated to"
                    } else {
                        "overflows"
                    };
                    let msg = format!("{} {why} {}", self.describe(x, op), self.types.name(t));
                    self.error(x.span, msg);
                    return Convert::Reported;
                }
            }
        }
        op.ty = t;
        Convert::Ok
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        mut lo: Operand,
        ro: Operand,
    ) -> Option<Operand> {
        let r_ok = self.is_integer_operand(&ro);
        if !r_ok {
            self.error(
                r.span,
                format!(
                    "invalid operation: shift count {} must be integer",
                    self.describe(r, &ro)
                ),
            );
            return None;
        }
        if let Some(v) = &ro.val {
            if constant::is_neg(v) {
                self.error(
                    r.span,
                    format!(
                        "invalid operation: negative shift count {}",
                        self.describe(r, &ro)
                    ),
                );
                return None;
            }
        }
        if self.types.is_untyped(lo.ty) {
            if let Some(v) = &lo.val {
                if let Some(i) = v.to_int() {
                    // An untyped float that is integral shifts as an untyped
                    // int; an untyped rune stays a rune.
                    if self.types.basic_of(lo.ty) == Some(Basic::UntypedFloat) {
                        lo.ty = self.types.basic(Basic::UntypedInt);
                    }
                    lo.val = Some(Const::Int(i));
                } else {
                    self.error(
                        l.span,
                        format!(
                            "invalid operation: shifted operand {} must be integer",
                            self.describe(l, &lo)
                        ),
                    );
                    return None;
                }
            }
        }
        let lb = self.types.basic_of(lo.ty);
        if !lb.is_some_and(|b| b.is_integer()) {
            self.error(
                l.span,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.describe(l, &lo)
                ),
            );
            return None;
        }
        let val = match (&lo.val, &ro.val) {
            (Some(Const::Int(a)), Some(c)) => {
                let n = c.as_i64().unwrap_or(0);
                if n > 10000 {
                    self.error(r.span, format!("invalid shift count {}", self.expr_text(r)));
                    return None;
                }
                Some(Const::Int(if op == BinOp::Shl {
                    a << n as usize
                } else {
                    a >> n as usize
                }))
            }
            _ => None,
        };
        let ctx = self.shift_hint.take().filter(|h| {
            self.types
                .basic_of(*h)
                .is_some_and(|b| b.is_integer() && !b.is_untyped())
        });
        let ty = if val.is_none() && self.types.is_untyped(lo.ty) {
            // An integer context gives the constant its type; otherwise the
            // shift stays untyped (non-constant) and the other operand, the
            // assignment or the default type gives it one later.
            ctx.unwrap_or(lo.ty)
        } else {
            lo.ty
        };
        let mut res = Operand {
            mode: Mode::Value,
            ty,
            val,
        };
        self.check_overflow(e, &mut res);
        Some(res)
    }
}

/// How converting an untyped operand for a binary operation went.
enum Convert {
    Ok,
    /// The kinds do not fit: the operation reports mismatched types.
    Mismatch,
    /// The constant does not fit the type: already reported.
    Reported,
}

/// The left operand of the shift inside `e` (through parentheses and unary
/// operators), for messages.
pub(super) fn shifted_operand(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Unary(_, x) => shifted_operand(x),
        ExprKind::Binary(BinOp::Shl | BinOp::Shr, l, _) => l,
        ExprKind::Binary(_, l, _) => shifted_operand(l),
        _ => e,
    }
}

fn has_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Unary(_, x) => {
            has_call_or_recv(x)
        }
        ExprKind::Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        ExprKind::Binary(_, a, b) => has_call_or_recv(a) || has_call_or_recv(b),
        _ => false,
    }
}

fn compare_consts(op: BinOp, a: &Const, b: &Const) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Const::Bool(x), Const::Bool(y)) => {
            return match op {
                BinOp::Eq => Some(x == y),
                BinOp::Ne => Some(x != y),
                _ => None,
            }
        }
        (Const::String(x), Const::String(y)) => x.cmp(y),
        _ => a.to_float()?.cmp(&b.to_float()?),
    };
    Some(match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

fn fold(op: BinOp, a: &Const, b: &Const, t: Basic) -> Option<Const> {
    match (a, b) {
        (Const::Bool(x), Const::Bool(y)) => Some(Const::Bool(match op {
            BinOp::LAnd => *x && *y,
            BinOp::LOr => *x || *y,
            _ => return None,
        })),
        (Const::String(x), Const::String(y)) if op == BinOp::Add => {
            let mut v = x.clone();
            v.extend_from_slice(y);
            Some(Const::String(v))
        }
        (Const::Int(x), Const::Int(y)) if !t.is_float() => Some(Const::Int(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Quo => {
                if y.is_zero() {
                    return None;
                }
                x / y
            }
            BinOp::Rem => {
                if y.is_zero() {
                    return None;
                }
                x % y
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::AndNot => x & !y,
            _ => return None,
        })),
        _ => {
            let (x, y) = (a.to_float()?, b.to_float()?);
            Some(Const::Float(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Quo => {
                    if y.is_zero() {
                        return None;
                    }
                    x / y
                }
                _ => return None,
            }))
        }
    }
    .map(|c| match c {
        Const::Float(f) if t.is_integer() && f.is_integer() => Const::Int(f.to_integer()),
        c => c,
    })
}

#[allow(dead_code)]
fn to_f(c: &Const) -> f64 {
    c.to_float()
        .map(|f| constant::rat_to_f64(&f))
        .unwrap_or(0.0)
        .to_f64()
        .unwrap_or(0.0)
}
