//! Expressions: constants, operators, conversions, interfaces, calls,
//! builtins, composite literals, closures, and the generated wrappers
//! (interface entries, method values, defer thunks).

use super::desc::{find_member, is_direct, Member};
use super::func::{flags, Fx, Local, V};
use super::layout::Repr;
use super::stmt::strip_paren;
use super::{Job, Key};
use crate::check::{ObjId, ObjKind};
use crate::constant::Const;
use crate::types::{Basic, Kind, TypeId, INVALID};
use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, types as ct, BlockArg, InstBuilder, Value,
};
use cranelift_module::{DataDescription, Linkage, Module};
use gust_grammar::ast::{self, BinOp, Expr, ExprKind, UnOp};
use num_traits::ToPrimitive;

/// An assignable location.
#[derive(Clone, Debug)]
pub enum Place {
    Var(ObjId),
    Mem(Value),
    Map { m: Value, key: Value, mt: TypeId },
}

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    // ------------------------------------------------------------ types

    pub fn ty(&self, e: &Expr) -> TypeId {
        self.l
            .p
            .info
            .types
            .get(&(self.file, e.id))
            .copied()
            .unwrap_or(INVALID)
    }

    /// The expression's type, with untyped types resolved by `want` or
    /// their default type.
    pub fn ty_or(&self, e: &Expr, want: Option<TypeId>) -> TypeId {
        let t = self.ty(e);
        if self.types().is_untyped(t) {
            let Some(w) = want else {
                return self.types().default_type(t);
            };
            if self.types().is_interface(w) {
                return self.types().default_type(t);
            }
            let ub = self.types().basic_of(t).unwrap_or(Basic::UntypedNil);
            if ub == Basic::UntypedNil {
                return w;
            }
            match self.types().basic_of(self.types().underlying(w)) {
                Some(wb)
                    if (ub.is_string() && wb.is_string())
                        || (ub.is_boolean() && wb.is_boolean())
                        || (ub.is_numeric() && wb.is_numeric()) =>
                {
                    w
                }
                _ => self.types().default_type(t),
            }
        } else {
            t
        }
    }

    fn is_iface(&self, t: TypeId) -> bool {
        self.types().is_interface(t)
    }

    fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.types().ukind(t), Kind::Interface(ms) if ms.is_empty())
    }

    fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.types().ukind(t) {
            Kind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    fn is_float(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(|b| b.is_float())
    }

    fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(|b| b.is_unsigned())
    }

    fn is_string(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(|b| b.is_string())
    }

    // ------------------------------------------------------------ constants

    pub fn const_val(&mut self, c: &Const, t: TypeId) -> V {
        let t = if self.types().is_untyped(t) {
            self.types().default_type(t)
        } else {
            t
        };
        if self.is_iface(t) {
            let dt = match c {
                Const::Bool(_) => self.l.p.types.basic(Basic::Bool),
                Const::String(_) => self.l.p.types.basic(Basic::String),
                Const::Int(_) => self.l.p.types.basic(Basic::Int),
                Const::Float(_) => self.l.p.types.basic(Basic::Float64),
            };
            let v = self.const_val(c, dt);
            return self.convert_assign(v, dt, t);
        }
        let l = self.lay(t);
        match (l.repr, c) {
            (Repr::Str, Const::String(s)) => {
                if s.is_empty() {
                    let z = self.iconst(ct::I64, 0);
                    return V::R(vec![z, z]);
                }
                let d = self.l.string_data(s);
                let p = self.data_addr(d);
                let n = self.iconst(ct::I64, s.len() as i64);
                V::R(vec![p, n])
            }
            (Repr::Scalar(ct::F64), c) => {
                let f = c
                    .to_float()
                    .map(|r| crate::constant::rat_to_f64(&r))
                    .unwrap_or(0.0);
                // Constants have no negative zero: -1e-10000 rounds to +0.
                let f = if f == 0.0 { 0.0 } else { f };
                V::R(vec![self.b.ins().f64const(f)])
            }
            (Repr::Scalar(ct::F32), c) => {
                let f = c
                    .to_float()
                    .map(|r| crate::constant::rat_to_f32(&r))
                    .unwrap_or(0.0);
                let f = if f == 0.0 { 0.0 } else { f };
                V::R(vec![self.b.ins().f32const(f)])
            }
            (Repr::Scalar(w), Const::Bool(b)) => V::R(vec![self.iconst(w, *b as i64)]),
            (Repr::Scalar(w), c) => {
                let i = c.to_int().unwrap_or_default();
                let v = i
                    .to_i64()
                    .unwrap_or_else(|| i.to_u64().map(|u| u as i64).unwrap_or(0));
                let v = match w {
                    ct::I8 => v as i8 as i64,
                    ct::I16 => v as i16 as i64,
                    ct::I32 => v as i32 as i64,
                    _ => v,
                };
                V::R(vec![self.iconst(w, v)])
            }
            _ => self.zero_val(t),
        }
    }

    // ------------------------------------------------------------ expressions

    pub fn expr(&mut self, e: &'p Expr, want: Option<TypeId>) -> Result<V, String> {
        if let Some(c) = self.l.p.info.consts.get(&(self.file, e.id)) {
            let c = c.clone();
            let t = self.ty_or(e, want);
            return Ok(self.const_val(&c, t));
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x, want),
            ExprKind::Ident(_) => self.ident(e, want),
            ExprKind::FuncLit { .. } => self.func_lit(e),
            ExprKind::CompositeLit { .. } => {
                let t = self.ty_or(e, want);
                self.composite(e, t)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index(e, x, &idx[0]),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(..) => {
                let (v, _) = self.type_assert(e, false)?;
                Ok(v)
            }
            ExprKind::Call { .. } => {
                let mut vs = self.call_multi(e)?;
                if vs.is_empty() {
                    return Ok(V::R(vec![]));
                }
                Ok(vs.remove(0))
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, want),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r, want),
            _ => Err(self.unsupported(e.span, "this expression")),
        }
    }

    fn ident(&mut self, e: &'p Expr, want: Option<TypeId>) -> Result<V, String> {
        let Some(&o) = self.l.p.info.uses.get(&(self.file, e.id)) else {
            return Err(self.unsupported(e.span, "this identifier"));
        };
        let obj = &self.l.p.objs[o.0 as usize];
        match &obj.kind {
            ObjKind::Nil => {
                let t = want.unwrap_or(self.l.p.types.basic(Basic::UnsafePointer));
                Ok(self.zero_val(t))
            }
            ObjKind::Var => {
                if self.locals.contains_key(&o) {
                    Ok(self.read_local(o))
                } else if obj.global {
                    let t = obj.ty;
                    let d = self.l.global(o);
                    let a = self.data_addr(d);
                    let v = self.load_val(t, a, 0);
                    Ok(v)
                } else {
                    Err(self.unsupported(e.span, "this variable"))
                }
            }
            ObjKind::Func => Ok(V::R(vec![self.func_value(o)])),
            _ => Err(self.unsupported(e.span, "this identifier")),
        }
    }

    /// Whether `e` denotes a type (method expressions).
    pub fn is_type_expr(&self, e: &Expr) -> bool {
        super::escape::is_type_expr(self.l.p, self.file, e)
    }

    /// `(*T).M` for a value method `M` as a func value: a static closure
    /// whose code dereferences the receiver pointer.
    fn method_expr_deref(&mut self, o: ObjId, ptr_t: TypeId) -> Value {
        self.static_closure(o, Some(ptr_t), Key::MethodExprDeref(o), "deref", || {
            Job::MethodExprDeref(o, ptr_t)
        })
    }

    /// A top-level function (or a method, receiver first) as a func
    /// value: a static closure.
    pub fn func_value(&mut self, o: ObjId) -> Value {
        let recv = self.l.method_recv(o);
        self.static_closure(o, recv, Key::FuncVal(o), "f", || Job::FuncVal(o))
    }

    /// The address of a one-word static closure whose code (named
    /// `NAME·suffix`, built by `job`) takes the parameters of function `o`
    /// with `first` prepended.
    /// Method expression `X.M` as a func value: a static closure over a
    /// wrapper that calls `M` on its first argument.
    fn method_expr_general(&mut self, xt: TypeId, name: &str) -> Value {
        let key = Key::MethodExpr(xt, name.to_string());
        let Some(Member::Method { sig, .. }) = self.l.lookup_method(xt, name) else {
            unreachable!()
        };
        let sig = self.l.p.types.sig(sig).cloned().unwrap();
        let fname = format!("{}.{name}", self.types().name_in(xt, ""));
        let job_name = name.to_string();
        self.static_closure_with(&sig, Some(xt), key, fname, || Job::MethodExpr(xt, job_name))
    }

    fn static_closure(
        &mut self,
        o: ObjId,
        first: Option<TypeId>,
        key: Key,
        suffix: &str,
        job: impl FnOnce() -> Job<'p>,
    ) -> Value {
        let obj_ty = self.l.p.objs[o.0 as usize].ty;
        let sig = self.l.p.types.sig(obj_ty).cloned().unwrap();
        let name = format!("{}·{suffix}", self.l.func_name(o));
        self.static_closure_with(&sig, first, key, name, job)
    }

    /// A closure with no captures, in static data, for code of signature
    /// `sig` (with a `first` parameter before it), built by `job`.
    fn static_closure_with(
        &mut self,
        sig: &crate::types::Sig,
        first: Option<TypeId>,
        key: Key,
        name: String,
        job: impl FnOnce() -> Job<'p>,
    ) -> Value {
        let d = if let Some(&d) = self.l.static_closures.get(&key) {
            d
        } else {
            let (csig, _) = self.l.signature(sig, first, true);
            let name = self.l.unique_name(&name);
            let fid = self
                .l
                .m
                .declare_function(&name, Linkage::Local, &csig)
                .unwrap();
            self.l.funcs.insert(key.clone(), fid);
            self.l.queue.push(job());
            let dname = self.l.new_data_name("fv");
            let d = self
                .l
                .m
                .declare_data(&dname, Linkage::Local, false, false)
                .unwrap();
            let mut dd = DataDescription::new();
            dd.define_zeroinit(8);
            dd.set_align(8);
            let fr = self.l.m.declare_func_in_data(fid, &mut dd);
            dd.write_function_addr(0, fr);
            self.l.m.define_data(d, &dd).unwrap();
            self.l.static_closures.insert(key, d);
            d
        };
        self.data_addr(d)
    }

    // ------------------------------------------------------------ operators

    fn unary(
        &mut self,
        e: &'p Expr,
        op: UnOp,
        x: &'p Expr,
        want: Option<TypeId>,
    ) -> Result<V, String> {
        match op {
            UnOp::Addr => {
                let inner = strip_paren(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let t = self.ty(inner);
                    let p = self.alloc(t);
                    self.composite_into(inner, t, p)?;
                    return Ok(V::R(vec![p]));
                }
                let a = self.addr_of(x)?;
                Ok(V::R(vec![a]))
            }
            UnOp::Deref => {
                let t = self.ty(e);
                let p = self.expr(x, None)?.one();
                self.nil_check(p);
                Ok(self.load_val(t, p, 0))
            }
            UnOp::Recv => Ok(self.chan_recv(x)?.0),
            _ => {
                let t = self.ty_or(e, want);
                let v = self.expr(x, Some(t))?;
                let w = v.one();
                Ok(V::R(vec![match op {
                    UnOp::Pos => w,
                    UnOp::Neg => {
                        if self.is_float(t) {
                            self.b.ins().fneg(w)
                        } else {
                            self.b.ins().ineg(w)
                        }
                    }
                    UnOp::Xor => self.b.ins().bnot(w),
                    UnOp::Not => self.b.ins().bxor_imm_s(w, 1),
                    _ => unreachable!(),
                }]))
            }
        }
    }

    fn binary(
        &mut self,
        e: &'p Expr,
        op: BinOp,
        l: &'p Expr,
        r: &'p Expr,
        want: Option<TypeId>,
    ) -> Result<V, String> {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                let bt = self.l.p.types.basic(Basic::Bool);
                let lv = self.expr(l, Some(bt))?.one();
                let rb = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, ct::I8);
                if op == BinOp::LAnd {
                    self.b.ins().brif(lv, rb, &[], done, &[BlockArg::Value(lv)]);
                } else {
                    self.b.ins().brif(lv, done, &[BlockArg::Value(lv)], rb, &[]);
                }
                self.b.switch_to_block(rb);
                let rv = self.expr(r, Some(bt))?.one();
                self.b.ins().jump(done, &[BlockArg::Value(rv)]);
                self.b.switch_to_block(done);
                Ok(V::R(vec![self.b.block_params(done)[0]]))
            }
            _ if op.is_comparison() => {
                // `nil == x` is `x == nil` (the nil literal has no effects).
                let nil_t = self.l.p.types.basic(Basic::UntypedNil);
                let (l, r) = if self.ty(l) == nil_t { (r, l) } else { (l, r) };
                let (lt, rt) = self.operand_types(l, r);
                if super::call::has_call(r) {
                    self.hoist_calls(l)?;
                    self.hoist_calls(r)?;
                }
                let lv = self.expr(l, Some(lt))?;
                let rv = self.expr(r, Some(rt))?;
                Ok(V::R(vec![self.compare(op, lt, lv, rt, rv)?]))
            }
            BinOp::Shl | BinOp::Shr => {
                let t = self.ty_or(e, want);
                let lv = self.expr(l, Some(t))?;
                let rt = self.ty_or(r, None);
                let rv = self.expr(r, Some(rt))?;
                Ok(self.shift(op, t, lv, rv, rt))
            }
            _ => {
                if super::call::has_call(r) {
                    self.hoist_calls(l)?;
                    self.hoist_calls(r)?;
                }
                let t = self.ty_or(e, want);
                let lv = self.expr(l, Some(t))?;
                let rv = self.expr(r, Some(t))?;
                self.arith(op, t, lv, rv, e.span)
            }
        }
    }

    /// Operand types of a comparison: untyped sides take the other side's
    /// type.
    fn operand_types(&self, l: &Expr, r: &Expr) -> (TypeId, TypeId) {
        let lt = self.ty(l);
        let rt = self.ty(r);
        let lu = self.types().is_untyped(lt);
        let ru = self.types().is_untyped(rt);
        match (lu, ru) {
            (true, false) => (
                if self.is_iface(rt) {
                    self.types().default_type(lt)
                } else {
                    rt
                },
                rt,
            ),
            (false, true) => (
                lt,
                if self.is_iface(lt) {
                    self.types().default_type(rt)
                } else {
                    lt
                },
            ),
            (true, true) => {
                // Both untyped (non-constant, e.g. comparisons of bools):
                // the "larger" default type.
                let lt2 = self.types().default_type(lt);
                let rt2 = self.types().default_type(rt);
                if self.is_float(lt2) || self.is_float(rt2) {
                    let f = self.l.p.types.basic(Basic::Float64);
                    (f, f)
                } else {
                    (lt2, rt2)
                }
            }
            _ => (lt, rt),
        }
    }

    pub fn arith(
        &mut self,
        op: BinOp,
        t: TypeId,
        a: V,
        b: V,
        _span: ast::Span,
    ) -> Result<V, String> {
        if self.is_string(t) {
            // Only + on strings.
            let (V::R(x), V::R(y)) = (a, b) else {
                unreachable!()
            };
            let gp = self.gp;
            let r = self.rtcall(
                "gust_concat",
                &[ct::I64; 5],
                &[ct::I64, ct::I64],
                &[gp, x[0], x[1], y[0], y[1]],
            );
            return Ok(V::R(r));
        }
        let x = a.one();
        let y = b.one();
        if self.is_float(t) {
            let ins = self.b.ins();
            return Ok(V::R(vec![match op {
                BinOp::Add => ins.fadd(x, y),
                BinOp::Sub => ins.fsub(x, y),
                BinOp::Mul => ins.fmul(x, y),
                BinOp::Quo => ins.fdiv(x, y),
                _ => unreachable!("float op {op:?}"),
            }]));
        }
        let unsigned = self.is_unsigned(t);
        let v = match op {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => self.b.ins().imul(x, y),
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::AndNot => self.b.ins().band_not(x, y),
            BinOp::Quo | BinOp::Rem if self.const_int(y).is_some_and(|c| c != 0 && c != -1) => {
                // A constant divisor: no checks (Cranelift strength-reduces).
                match (op, unsigned) {
                    (BinOp::Quo, true) => self.b.ins().udiv(x, y),
                    (BinOp::Quo, false) => self.b.ins().sdiv(x, y),
                    (_, true) => self.b.ins().urem(x, y),
                    (_, false) => self.b.ins().srem(x, y),
                }
            }
            BinOp::Quo | BinOp::Rem => {
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.panic_if(z, "gust_panic_divide", &[]);
                if unsigned {
                    if op == BinOp::Quo {
                        self.b.ins().udiv(x, y)
                    } else {
                        self.b.ins().urem(x, y)
                    }
                } else {
                    // x / -1 overflows in hardware for MinInt: Go wraps.
                    let ty = self.b.func.dfg.value_type(x);
                    let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let slow = self.b.create_block();
                    let fast = self.b.create_block();
                    let done = self.b.create_block();
                    self.b.append_block_param(done, ty);
                    self.b.ins().brif(m1, slow, &[], fast, &[]);
                    self.b.switch_to_block(slow);
                    let sv = if op == BinOp::Quo {
                        self.b.ins().ineg(x)
                    } else {
                        self.iconst(ty, 0)
                    };
                    self.b.ins().jump(done, &[BlockArg::Value(sv)]);
                    self.b.switch_to_block(fast);
                    let fv = if op == BinOp::Quo {
                        self.b.ins().sdiv(x, y)
                    } else {
                        self.b.ins().srem(x, y)
                    };
                    self.b.ins().jump(done, &[BlockArg::Value(fv)]);
                    self.b.switch_to_block(done);
                    self.b.block_params(done)[0]
                }
            }
            _ => unreachable!("int op {op:?}"),
        };
        Ok(V::R(vec![v]))
    }

    /// The value of an integer constant instruction.
    pub fn const_int(&self, v: Value) -> Option<i64> {
        let ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm {
                opcode: ir::Opcode::Iconst,
                imm,
            } => {
                let bits = self.b.func.dfg.value_type(v).bits();
                let raw = imm.bits();
                Some(if bits < 64 {
                    (raw << (64 - bits)) >> (64 - bits)
                } else {
                    raw
                })
            }
            _ => None,
        }
    }

    pub fn shift(&mut self, op: BinOp, t: TypeId, a: V, b: V, bt: TypeId) -> V {
        let x = a.one();
        let mut n = b.one();
        let ty = self.b.func.dfg.value_type(x);
        let bits = ty.bits() as i64;
        let nty = self.b.func.dfg.value_type(n);
        if !self.is_unsigned(bt) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
            self.panic_if(neg, "gust_panic_shift", &[]);
        }
        if nty.bits() < 64 {
            n = self.b.ins().uextend(ct::I64, n);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, n, bits);
        let nn = if ty == ct::I64 {
            n
        } else {
            self.b.ins().ireduce(ty, n)
        };
        let v = if op == BinOp::Shl {
            let s = self.b.ins().ishl(x, nn);
            let z = self.iconst(ty, 0);
            self.b.ins().select(big, z, s)
        } else if self.is_unsigned(t) {
            let s = self.b.ins().ushr(x, nn);
            let z = self.iconst(ty, 0);
            self.b.ins().select(big, z, s)
        } else {
            let s = self.b.ins().sshr(x, nn);
            let fill = self.b.ins().sshr_imm_s(x, bits - 1);
            self.b.ins().select(big, fill, s)
        };
        V::R(vec![v])
    }

    /// Comparison of two operands (types after untyped resolution).
    pub fn compare(
        &mut self,
        op: BinOp,
        lt: TypeId,
        lv: V,
        rt: TypeId,
        rv: V,
    ) -> Result<Value, String> {
        let nil_t = self.l.p.types.basic(Basic::UntypedNil);
        // Mixed interface/concrete: convert the concrete side.
        let (t, lv, rv) = if self.is_iface(lt) && !self.is_iface(rt) && rt != nil_t {
            let rv = self.convert_assign(rv, rt, lt);
            (lt, lv, rv)
        } else if self.is_iface(rt) && !self.is_iface(lt) && lt != nil_t {
            let lv = self.convert_assign(lv, lt, rt);
            (rt, lv, rv)
        } else {
            (lt, lv, rv)
        };
        let eq = matches!(op, BinOp::Eq);
        let cc_eq = if eq { IntCC::Equal } else { IntCC::NotEqual };
        let l = self.lay(t);
        let res = match self.types().ukind(t).clone() {
            Kind::Basic(b) if b.is_string() => {
                let (V::R(x), V::R(y)) = (lv, rv) else {
                    unreachable!()
                };
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    let r = self.rtcall(
                        "gust_streq",
                        &[ct::I64; 4],
                        &[ct::I8],
                        &[x[0], x[1], y[0], y[1]],
                    )[0];
                    if eq {
                        r
                    } else {
                        self.b.ins().bxor_imm_s(r, 1)
                    }
                } else {
                    let c = self.rtcall(
                        "gust_strcmp",
                        &[ct::I64; 4],
                        &[ct::I64],
                        &[x[0], x[1], y[0], y[1]],
                    )[0];
                    let cc = match op {
                        BinOp::Lt => IntCC::SignedLessThan,
                        BinOp::Le => IntCC::SignedLessThanOrEqual,
                        BinOp::Gt => IntCC::SignedGreaterThan,
                        _ => IntCC::SignedGreaterThanOrEqual,
                    };
                    self.b.ins().icmp_imm_s(cc, c, 0)
                }
            }
            Kind::Basic(b) if b.is_float() => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, lv.one(), rv.one())
            }
            Kind::Interface(ms) => {
                let (V::R(x), V::R(y)) = (lv, rv) else {
                    unreachable!()
                };
                if lt == nil_t || rt == nil_t {
                    let w = if lt == nil_t { y[0] } else { x[0] };
                    self.b.ins().icmp_imm_s(cc_eq, w, 0)
                } else {
                    let name = if ms.is_empty() {
                        "gust_efaceeq"
                    } else {
                        "gust_ifaceeq"
                    };
                    let gp = self.gp;
                    let r = self.rtcall(
                        name,
                        &[ct::I64; 5],
                        &[ct::I8],
                        &[gp, x[0], x[1], y[0], y[1]],
                    )[0];
                    self.check_panic();
                    if eq {
                        r
                    } else {
                        self.b.ins().bxor_imm_s(r, 1)
                    }
                }
            }
            Kind::Slice(_) | Kind::Map(..) | Kind::Func(_) => {
                // Only against nil.
                let w = if lt == nil_t { rv.one() } else { lv.one() };
                self.b.ins().icmp_imm_s(cc_eq, w, 0)
            }
            Kind::Struct(_) | Kind::Array(..) => {
                let la = match lv {
                    V::M(a) => a,
                    v => self.spill(t, &v),
                };
                let ra = match rv {
                    V::M(a) => a,
                    v => self.spill(t, &v),
                };
                let d = self.desc_addr(t);
                let gp = self.gp;
                let r = self.rtcall("gust_typeeq", &[ct::I64; 4], &[ct::I8], &[gp, d, la, ra])[0];
                self.check_panic();
                if eq {
                    r
                } else {
                    self.b.ins().bxor_imm_s(r, 1)
                }
            }
            _ => {
                let _ = l;
                let unsigned = self.is_unsigned(t)
                    || matches!(self.types().ukind(t), Kind::Pointer(_) | Kind::Chan(..));
                let cc = match op {
                    BinOp::Eq => IntCC::Equal,
                    BinOp::Ne => IntCC::NotEqual,
                    BinOp::Lt if unsigned => IntCC::UnsignedLessThan,
                    BinOp::Le if unsigned => IntCC::UnsignedLessThanOrEqual,
                    BinOp::Gt if unsigned => IntCC::UnsignedGreaterThan,
                    BinOp::Ge if unsigned => IntCC::UnsignedGreaterThanOrEqual,
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, lv.one(), rv.one())
            }
        };
        Ok(res)
    }

    // ------------------------------------------------------------ interfaces

    /// Converts a value of type `from` for storing into type `to`
    /// (interface boxing, interface-to-interface, untyped nil).
    pub fn convert_assign(&mut self, v: V, from: TypeId, to: TypeId) -> V {
        if from == to || to == INVALID || from == INVALID {
            return v;
        }
        if !self.is_iface(to) {
            return v;
        }
        if self.types().basic_of(from) == Some(Basic::UntypedNil) {
            return self.zero_val(to);
        }
        let from = if self.types().is_untyped(from) {
            self.types().default_type(from)
        } else {
            from
        };
        if self.is_iface(from) {
            let V::R(ws) = v else { unreachable!() };
            let dynt = self.dyn_type(from, ws[0]);
            if self.is_empty_iface(to) {
                return V::R(vec![dynt, ws[1]]);
            }
            let d = self.desc_addr(to);
            let gp = self.gp;
            let tab = self.rtcall(
                "gust_convI2I",
                &[ct::I64, ct::I64, ct::I64],
                &[ct::I64],
                &[gp, d, dynt],
            )[0];
            return V::R(vec![tab, ws[1]]);
        }
        let tab = if self.is_empty_iface(to) {
            self.desc_addr(from)
        } else {
            let d = self.l.itab(from, to);
            self.data_addr(d)
        };
        let data = self.box_value(from, v);
        V::R(vec![tab, data])
    }

    /// The interface data word for a value of concrete type `t`.
    pub fn box_value(&mut self, t: TypeId, v: V) -> Value {
        if is_direct(self.types(), t) {
            return v.one();
        }
        let p = self.alloc(t);
        self.store_val(t, &v, p, 0);
        p
    }

    /// The dynamic type descriptor of an interface value (0 for nil).
    pub fn dyn_type(&mut self, t: TypeId, tab: Value) -> Value {
        if self.is_empty_iface(t) {
            return tab;
        }
        let isnil = self.b.ins().icmp_imm_s(IntCC::Equal, tab, 0);
        let ld = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, ct::I64);
        let z = self.iconst(ct::I64, 0);
        self.b
            .ins()
            .brif(isnil, done, &[BlockArg::Value(z)], ld, &[]);
        self.b.switch_to_block(ld);
        let d = self.b.ins().load(ct::I64, flags(), tab, 0);
        self.b.ins().jump(done, &[BlockArg::Value(d)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    pub fn unbox(&mut self, t: TypeId, data: Value) -> V {
        if is_direct(self.types(), t) {
            return V::R(vec![data]);
        }
        self.load_val(t, data, 0)
    }

    /// Whether dynamic type `dynt` is `t` (or implements interface `t`).
    pub fn type_matches(&mut self, dynt: Value, t: TypeId) -> Value {
        if self.is_iface(t) {
            let d = self.desc_addr(t);
            let r = self.rtcall("gust_assertI", &[ct::I64, ct::I64], &[ct::I64], &[d, dynt])[0];
            self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0)
        } else {
            let d = self.desc_addr(t);
            self.b.ins().icmp(IntCC::Equal, dynt, d)
        }
    }

    /// `x.(T)`; with `comma_ok` the failure yields (zero, false).
    pub fn type_assert(&mut self, e: &'p Expr, comma_ok: bool) -> Result<(V, Value), String> {
        let ExprKind::TypeAssert(x, Some(te)) = &e.kind else {
            unreachable!()
        };
        let xt = self.ty(x);
        let t = self.ty(te);
        let v = self.expr(x, None)?;
        let V::R(ws) = v else { unreachable!() };
        let dynt = self.dyn_type(xt, ws[0]);
        if self.is_iface(t) {
            let d = self.desc_addr(t);
            let tab = self.rtcall("gust_assertI", &[ct::I64, ct::I64], &[ct::I64], &[d, dynt])[0];
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0);
            if !comma_ok {
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, tab, 0);
                let xd = self.desc_addr(xt);
                self.panic_if(bad, "gust_panic_assert", &[xd, dynt, d]);
            }
            let tabv = if self.is_empty_iface(t) { dynt } else { tab };
            let z = self.iconst(ct::I64, 0);
            let data = self.b.ins().select(ok, ws[1], z);
            let tabv = self.b.ins().select(ok, tabv, z);
            return Ok((V::R(vec![tabv, data]), ok));
        }
        let d = self.desc_addr(t);
        let ok = self.b.ins().icmp(IntCC::Equal, dynt, d);
        if !comma_ok {
            let bad = self.b.ins().icmp(IntCC::NotEqual, dynt, d);
            let xd = self.desc_addr(xt);
            self.panic_if(bad, "gust_panic_assert", &[xd, dynt, d]);
            return Ok((self.unbox(t, ws[1]), ok));
        }
        // Load only when the type matches.
        let l = self.lay(t);
        let okb = self.b.create_block();
        let done = self.b.create_block();
        let res = self.zero_val(t);
        let slot = match &res {
            V::M(a) => Some(*a),
            _ => None,
        };
        let words: Vec<ir::Type> = l.repr.words().to_vec();
        if slot.is_none() {
            for w in &words {
                self.b.append_block_param(done, *w);
            }
        }
        let zargs: Vec<BlockArg> = match &res {
            V::R(z) => z.iter().map(|v| BlockArg::Value(*v)).collect(),
            _ => vec![],
        };
        self.b.ins().brif(ok, okb, &[], done, &zargs);
        self.b.switch_to_block(okb);
        let val = self.unbox(t, ws[1]);
        match (&val, slot) {
            (V::R(vs), None) => {
                let args: Vec<BlockArg> = vs.iter().map(|v| BlockArg::Value(*v)).collect();
                self.b.ins().jump(done, &args);
            }
            (_, Some(s)) => {
                self.store_val(t, &val, s, 0);
                self.b.ins().jump(done, &[]);
            }
            _ => unreachable!(),
        }
        self.b.switch_to_block(done);
        let out = match slot {
            Some(s) => V::M(s),
            None => V::R(self.b.block_params(done).to_vec()),
        };
        Ok((out, ok))
    }

    /// Comma-ok forms: `m[k]`, `x.(T)`, `<-ch`.
    pub fn comma_ok(&mut self, e: &'p Expr, _want: Option<TypeId>) -> Result<(V, Value), String> {
        match &e.kind {
            ExprKind::TypeAssert(..) => self.type_assert(e, true),
            ExprKind::Index(x, idx) => {
                let (v, ok) = self.map_index(e, x, &idx[0], true)?;
                Ok((v, ok.unwrap()))
            }
            ExprKind::Paren(x) => self.comma_ok(x, _want),
            ExprKind::Unary(UnOp::Recv, x) => self.chan_recv(x),
            _ => Err(self.unsupported(e.span, "this comma-ok form")),
        }
    }

    /// `<-x`: the received value and whether it came from a send.
    pub fn chan_recv(&mut self, x: &'p Expr) -> Result<(V, Value), String> {
        let t = self.ty(x);
        let Kind::Chan(_, elem) = self.types().ukind(t).clone() else {
            unreachable!()
        };
        let c = self.expr(x, None)?.one();
        let l = self.lay(elem);
        let slot = self.stack_slot(l.size, l.align);
        let gp = self.gp;
        let r = self.rtcall("gust_chanrecv", &[ct::I64; 3], &[ct::I64], &[gp, c, slot])[0];
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let v = self.load_val(elem, slot, 0);
        Ok((v, ok))
    }

    // ------------------------------------------------------------ places

    pub fn place(&mut self, e: &'p Expr) -> Result<Place, String> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) => {
                let o = self.l.p.info.uses[&(self.file, e.id)];
                if self.locals.contains_key(&o) {
                    Ok(Place::Var(o))
                } else {
                    let d = self.l.global(o);
                    Ok(Place::Mem(self.data_addr(d)))
                }
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty(x);
                if let Kind::Map(..) = self.types().ukind(xt) {
                    let m = self.expr(x, None)?.one();
                    let Kind::Map(kt, _) = self.types().ukind(xt).clone() else {
                        unreachable!()
                    };
                    let key = self.key_addr(&idx[0], kt)?;
                    return Ok(Place::Map { m, key, mt: xt });
                }
                Ok(Place::Mem(self.index_addr(x, &idx[0])?))
            }
            _ => Ok(Place::Mem(self.addr_of(e)?)),
        }
    }

    pub fn read_place(&mut self, p: &Place, t: TypeId) -> V {
        match p {
            Place::Var(o) => self.read_local(*o),
            Place::Mem(a) => self.load_val(t, *a, 0),
            Place::Map { m, key, mt } => {
                // Read-modify-write: assign once and update in place.
                let d = self.desc_addr(*mt);
                let gp = self.gp;
                let slot = self.rtcall(
                    "gust_mapassign",
                    &[ct::I64; 4],
                    &[ct::I64],
                    &[gp, d, *m, *key],
                )[0];
                self.check_panic();
                let v = self.load_val(t, slot, 0);
                // Remember the slot for the write that follows.
                self.map_slot = Some(slot);
                v
            }
        }
    }

    /// Reads a place; a map entry is looked up without being inserted.
    pub fn read_place_no_insert(&mut self, p: &Place, t: TypeId) -> V {
        let Place::Map { m, key, mt } = p else {
            return self.read_place(p, t);
        };
        self.map_lookup(*mt, *m, *key, t).0
    }

    /// `m[key]` of map type `mt` with value type `vt`, without inserting:
    /// the value (zero when absent) and whether the key was present.
    fn map_lookup(&mut self, mt: TypeId, m: Value, key: Value, vt: TypeId) -> (V, Value) {
        let d = self.desc_addr(mt);
        let gp = self.gp;
        let p = self.rtcall(
            "gust_mapaccess",
            &[ct::I64; 4],
            &[ct::I64],
            &[gp, d, m, key],
        )[0];
        self.check_panic();
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        // Read through a zero value when absent.
        let l = self.lay(vt);
        let zero = self.zero_slot(vt, l.size.max(8));
        let src = self.b.ins().select(ok, p, zero);
        let v = self.load_val(vt, src, 0);
        (self.copied(vt, v), ok)
    }

    pub fn write_place(&mut self, p: &Place, t: TypeId, v: &V) {
        match p {
            Place::Var(o) => self.write_var(*o, v),
            Place::Mem(a) => self.store_val(t, v, *a, 0),
            Place::Map { m, key, mt } => {
                let slot = match self.map_slot.take() {
                    Some(s) => s,
                    None => {
                        let d = self.desc_addr(*mt);
                        let gp = self.gp;
                        let s = self.rtcall(
                            "gust_mapassign",
                            &[ct::I64; 4],
                            &[ct::I64],
                            &[gp, d, *m, *key],
                        )[0];
                        self.check_panic();
                        s
                    }
                };
                self.store_val(t, v, slot, 0);
            }
        }
    }

    /// The address of an addressable expression.
    pub fn addr_of(&mut self, e: &'p Expr) -> Result<Value, String> {
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Ident(_) => {
                let o = self.l.p.info.uses[&(self.file, e.id)];
                if let Some(a) = self.local_addr(o) {
                    return Ok(a);
                }
                if self.locals.contains_key(&o) {
                    // A register local (should have escaped): spill.
                    let t = self.local_types[&o];
                    let v = self.read_local(o);
                    return Ok(self.spill(t, &v));
                }
                let d = self.l.global(o);
                Ok(self.data_addr(d))
            }
            ExprKind::Unary(UnOp::Deref, x) => {
                let p = self.expr(x, None)?.one();
                self.nil_check(p);
                Ok(p)
            }
            ExprKind::Index(x, idx) => self.index_addr(x, &idx[0]),
            ExprKind::Selector(x, sel) => {
                // A package-level variable of an imported package.
                if let Some(&o) = self.l.p.info.uses.get(&(self.file, e.id)) {
                    let obj = &self.l.p.objs[o.0 as usize];
                    if obj.global && matches!(obj.kind, ObjKind::Var) {
                        let d = self.l.global(o);
                        return Ok(self.data_addr(d));
                    }
                }
                let xt = self.ty(x);
                match find_member(self.types(), &self.l.p.methods, xt, &sel.name) {
                    Some(Member::Field { path, .. }) => {
                        let (base, bt) = if let Kind::Pointer(b) = self.types().ukind(xt).clone() {
                            let p = self.expr(x, None)?.one();
                            self.nil_check(p);
                            (p, b)
                        } else {
                            (self.addr_of(x)?, xt)
                        };
                        Ok(self.field_path_addr(base, bt, &path).0)
                    }
                    _ => Err(self.unsupported(e.span, "address of this selector")),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let t = self.ty(e);
                let p = self.alloc(t);
                self.composite_into(e, t, p)?;
                Ok(p)
            }
            _ => {
                // Not addressable in Go; take a temporary (method calls on
                // values returned by calls, for instance).
                let t = self.ty(e);
                let v = self.expr(e, None)?;
                Ok(self.spill(t, &v))
            }
        }
    }

    /// Follows field indices from the struct at `base` (type `t`),
    /// dereferencing embedded pointers; returns the final address and type.
    pub fn field_path_addr(
        &mut self,
        mut base: Value,
        mut t: TypeId,
        path: &[usize],
    ) -> (Value, TypeId) {
        for (k, &i) in path.iter().enumerate() {
            if let Kind::Pointer(b) = self.types().ukind(t).clone() {
                if k > 0 {
                    base = self.b.ins().load(ct::I64, flags(), base, 0);
                    self.nil_check(base);
                }
                t = b;
            }
            let offs = self.l.lay.field_offsets(&self.l.p.types, t);
            let Kind::Struct(fs) = self.types().ukind(t) else {
                unreachable!()
            };
            let ft = fs[i].ty;
            if offs[i] != 0 {
                base = self.b.ins().iadd_imm_s(base, offs[i] as i64);
            }
            t = ft;
        }
        (base, t)
    }

    // ------------------------------------------------------------ selectors

    fn selector(&mut self, e: &'p Expr, x: &'p Expr, sel: &'p ast::Ident) -> Result<V, String> {
        // Package member.
        if let Some(&o) = self.l.p.info.uses.get(&(self.file, e.id)) {
            let obj = &self.l.p.objs[o.0 as usize];
            if obj.global || matches!(obj.kind, ObjKind::Func) {
                match obj.kind {
                    ObjKind::Var => {
                        let t = obj.ty;
                        let d = self.l.global(o);
                        let a = self.data_addr(d);
                        return Ok(self.load_val(t, a, 0));
                    }
                    ObjKind::Func => return Ok(V::R(vec![self.func_value(o)])),
                    _ => {}
                }
            }
        }
        let xt = self.ty(x);
        match find_member(self.types(), &self.l.p.methods, xt, &sel.name) {
            Some(Member::Field { path, .. }) => {
                let t = self.ty(e);
                if let Kind::Pointer(b) = self.types().ukind(xt).clone() {
                    let p = self.expr(x, None)?.one();
                    self.nil_check(p);
                    let (a, _) = self.field_path_addr(p, b, &path);
                    return Ok(self.load_val(t, a, 0));
                }
                let v = self.expr(x, None)?;
                let base = match v {
                    V::M(a) => a,
                    v => self.spill(xt, &v),
                };
                let (a, _) = self.field_path_addr(base, xt, &path);
                Ok(self.load_val(t, a, 0))
            }
            Some(Member::Method {
                ptr_recv,
                holder,
                path,
                ..
            }) if self.is_type_expr(x) => {
                // Method expression T.M / (*T).M.
                let is_ptr = matches!(self.types().kind(xt), Kind::Pointer(_));
                if !path.is_empty() || self.is_iface(holder) || (!is_ptr && ptr_recv) {
                    return Ok(V::R(vec![self.method_expr_general(xt, &sel.name)]));
                }
                let (mo, _) = self.l.p.methods[&(holder, sel.name.clone())];
                if is_ptr && !ptr_recv {
                    return Ok(V::R(vec![self.method_expr_deref(mo, xt)]));
                }
                Ok(V::R(vec![self.func_value(mo)]))
            }
            Some(m @ Member::Method { .. }) => self.method_value(x, &sel.name, m),
            _ => Err(self.unsupported(e.span, "this selector")),
        }
    }

    fn index_addr(&mut self, x: &'p Expr, i: &'p Expr) -> Result<Value, String> {
        let key = self.addr_memo.as_ref().and_then(|_| self.memo_key(x, i));
        if let Some(k) = &key {
            if let Some(&a) = self.addr_memo.as_ref().and_then(|m| m.get(k)) {
                return Ok(a);
            }
        }
        let a = self.index_addr_uncached(x, i)?;
        if let (Some(k), Some(m)) = (key, self.addr_memo.as_mut()) {
            m.insert(k, a);
        }
        Ok(a)
    }

    /// The memo key of `x[i]` when both are register locals (or `i` a
    /// constant): its address cannot change during one assignment.
    pub fn memo_key(&self, x: &Expr, i: &Expr) -> Option<super::func::MemoKey> {
        let (x, i) = (strip_paren(x), strip_paren(i));
        let local = |e: &Expr| -> Option<ObjId> {
            if !matches!(e.kind, ExprKind::Ident(_)) {
                return None;
            }
            let o = *self.l.p.info.uses.get(&(self.file, e.id))?;
            matches!(self.locals.get(&o), Some(Local::Vars(_))).then_some(o)
        };
        let xo = local(x)?;
        if !matches!(self.types().ukind(self.ty(x)), Kind::Slice(_)) {
            return None;
        }
        if let Some(c) = self.l.p.info.consts.get(&(self.file, i.id)) {
            return Some((xo, Err(c.as_i64()?)));
        }
        Some((xo, Ok(local(i)?)))
    }

    fn index_addr_uncached(&mut self, x: &'p Expr, i: &'p Expr) -> Result<Value, String> {
        let xt = self.ty(x);
        let int_t = self.l.p.types.basic(Basic::Int);
        let (base, len, elem) = match self.types().ukind(xt).clone() {
            Kind::Slice(e) => {
                let ws = self.slice_words(x, false)?;
                (ws[0], ws[1], e)
            }
            Kind::Array(n, e) => {
                let a = self.addr_of(x)?;
                (a, self.iconst(ct::I64, n as i64), e)
            }
            Kind::Pointer(a) => {
                let Kind::Array(n, e) = self.types().ukind(a).clone() else {
                    unreachable!()
                };
                let p = self.expr(x, None)?.one();
                self.nil_check(p);
                (p, self.iconst(ct::I64, n as i64), e)
            }
            _ => return Err(self.unsupported(x.span, "indexing this type")),
        };
        let it = self.ty_or(i, Some(int_t));
        let iv = self.expr(i, Some(it))?.one();
        let iv = self.widen_i64(iv, it);
        if !self.known_in_bounds(x, i) {
            self.bounds_check(iv, len);
        }
        let size = self.lay(elem).size as i64;
        let off = self.b.ins().imul_imm_s(iv, size);
        Ok(self.b.ins().iadd(base, off))
    }

    /// The words of a slice value; when `need_cap` is false and the slice
    /// is a register local, the capacity is not read (fewer values live
    /// across loops).
    pub fn slice_words(&mut self, x: &'p Expr, need_cap: bool) -> Result<Vec<Value>, String> {
        if !need_cap {
            if let ExprKind::Ident(_) = strip_paren(x).kind {
                let id = strip_paren(x).id;
                if let Some(&o) = self.l.p.info.uses.get(&(self.file, id)) {
                    if let Some(Local::Vars(vs)) = self.locals.get(&o).cloned() {
                        if vs.len() == 3 {
                            let p = self.b.use_var(vs[0]);
                            let n = self.b.use_var(vs[1]);
                            let z = self.iconst(ct::I64, 0);
                            return Ok(vec![p, n, z]);
                        }
                    }
                }
            }
        }
        let V::R(ws) = self.expr(x, None)? else {
            unreachable!()
        };
        Ok(ws)
    }

    /// `s[i]` inside `for i := range s` (neither written in the body).
    pub fn known_in_bounds(&self, x: &Expr, i: &Expr) -> bool {
        let (x, i) = (strip_paren(x), strip_paren(i));
        if !matches!(x.kind, ExprKind::Ident(_)) || !matches!(i.kind, ExprKind::Ident(_)) {
            return false;
        }
        let uses = &self.l.p.info.uses;
        match (uses.get(&(self.file, i.id)), uses.get(&(self.file, x.id))) {
            (Some(io), Some(xo)) => self.inbounds.iter().any(|(k, s)| k == io && s == xo),
            _ => false,
        }
    }

    pub fn widen_i64(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == ct::I64 {
            return v;
        }
        if self.is_unsigned(t) {
            self.b.ins().uextend(ct::I64, v)
        } else {
            self.b.ins().sextend(ct::I64, v)
        }
    }

    pub fn bounds_check(&mut self, i: Value, len: Value) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.panic_if(bad, "gust_panic_index", &[i, len]);
    }

    fn index(&mut self, e: &'p Expr, x: &'p Expr, i: &'p Expr) -> Result<V, String> {
        let xt = self.ty(x);
        let t = self.ty(e);
        match self.types().ukind(xt).clone() {
            Kind::Map(..) => Ok(self.map_index(e, x, i, false)?.0),
            Kind::Basic(_) => {
                let V::R(ws) = self.expr(x, None)? else {
                    unreachable!()
                };
                let int_t = self.l.p.types.basic(Basic::Int);
                let it = self.ty_or(i, Some(int_t));
                let iv = self.expr(i, Some(it))?.one();
                let iv = self.widen_i64(iv, it);
                self.bounds_check(iv, ws[1]);
                let a = self.b.ins().iadd(ws[0], iv);
                Ok(V::R(vec![self.b.ins().load(ct::I8, flags(), a, 0)]))
            }
            Kind::Array(..) if !self.is_addressable(x) => {
                let v = self.expr(x, None)?;
                let base = match v {
                    V::M(a) => a,
                    v => self.spill(xt, &v),
                };
                let Kind::Array(n, el) = self.types().ukind(xt).clone() else {
                    unreachable!()
                };
                let int_t = self.l.p.types.basic(Basic::Int);
                let it = self.ty_or(i, Some(int_t));
                let iv = self.expr(i, Some(it))?.one();
                let iv = self.widen_i64(iv, it);
                let len = self.iconst(ct::I64, n as i64);
                self.bounds_check(iv, len);
                let size = self.lay(el).size as i64;
                let off = self.b.ins().imul_imm_s(iv, size);
                let a = self.b.ins().iadd(base, off);
                Ok(self.load_val(t, a, 0))
            }
            _ => {
                let a = self.index_addr(x, i)?;
                Ok(self.load_val(t, a, 0))
            }
        }
    }

    fn is_addressable(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_addressable(x),
            ExprKind::Ident(_) => self
                .l
                .p
                .info
                .uses
                .get(&(self.file, e.id))
                .is_some_and(|o| self.l.p.objs[o.0 as usize].kind == ObjKind::Var),
            ExprKind::Unary(UnOp::Deref, _) => true,
            ExprKind::Index(x, _) => {
                let xt = self.ty(x);
                match self.types().ukind(xt) {
                    Kind::Slice(_) | Kind::Pointer(_) => true,
                    Kind::Array(..) => self.is_addressable(x),
                    _ => false,
                }
            }
            ExprKind::Selector(x, _) => {
                let xt = self.ty(x);
                matches!(self.types().ukind(xt), Kind::Pointer(_)) || self.is_addressable(x)
            }
            _ => false,
        }
    }

    /// The key of a map operation, in memory, converted to the key type.
    fn key_addr(&mut self, k: &'p Expr, kt: TypeId) -> Result<Value, String> {
        let kv = self.expr(k, Some(kt))?;
        let from = self.ty_or(k, Some(kt));
        let kv = self.convert_assign(kv, from, kt);
        Ok(match kv {
            V::M(a) => a,
            v => self.spill(kt, &v),
        })
    }

    fn map_index(
        &mut self,
        e: &'p Expr,
        x: &'p Expr,
        k: &'p Expr,
        want_ok: bool,
    ) -> Result<(V, Option<Value>), String> {
        let xt = self.ty(x);
        let Kind::Map(kt, vt) = self.types().ukind(xt).clone() else {
            unreachable!()
        };
        let _ = e;
        let m = self.expr(x, None)?.one();
        let key = self.key_addr(k, kt)?;
        let (v, ok) = self.map_lookup(xt, m, key, vt);
        Ok((v, if want_ok { Some(ok) } else { None }))
    }

    /// Address of a zeroed buffer of at least `size` bytes.
    fn zero_slot(&mut self, _t: TypeId, size: u64) -> Value {
        let a = self.stack_slot(size, 8);
        self.zero_mem(a, size, 8);
        a
    }

    fn slice_expr(
        &mut self,
        e: &'p Expr,
        x: &'p Expr,
        lo: Option<&'p Expr>,
        hi: Option<&'p Expr>,
        max: Option<&'p Expr>,
    ) -> Result<V, String> {
        let xt = self.ty(x);
        let int_t = self.l.p.types.basic(Basic::Int);
        let _ = e;
        let (base, len, cap, elem_size, is_str) = match self.types().ukind(xt).clone() {
            Kind::Basic(_) => {
                let V::R(ws) = self.expr(x, None)? else {
                    unreachable!()
                };
                (ws[0], ws[1], ws[1], 1, true)
            }
            Kind::Slice(el) => {
                let V::R(ws) = self.expr(x, None)? else {
                    unreachable!()
                };
                let s = self.lay(el).size;
                (ws[0], ws[1], ws[2], s, false)
            }
            Kind::Array(n, el) => {
                let a = self.addr_of(x)?;
                let n = self.iconst(ct::I64, n as i64);
                let s = self.lay(el).size;
                (a, n, n, s, false)
            }
            Kind::Pointer(at) => {
                let Kind::Array(n, el) = self.types().ukind(at).clone() else {
                    unreachable!()
                };
                let p = self.expr(x, None)?.one();
                self.nil_check(p);
                let n = self.iconst(ct::I64, n as i64);
                let s = self.lay(el).size;
                (p, n, n, s, false)
            }
            _ => return Err(self.unsupported(x.span, "slicing this type")),
        };
        let idx = |fx: &mut Self, ie: Option<&'p Expr>| -> Result<Option<Value>, String> {
            match ie {
                None => Ok(None),
                Some(ie) => {
                    let it = fx.ty_or(ie, Some(int_t));
                    let v = fx.expr(ie, Some(it))?.one();
                    Ok(Some(fx.widen_i64(v, it)))
                }
            }
        };
        let lo_v = idx(self, lo)?;
        let hi_v = idx(self, hi)?;
        let max_v = idx(self, max)?;
        let zero = self.iconst(ct::I64, 0);
        let lo_v2 = lo_v.unwrap_or(zero);
        let (hi_v2, max_v2);
        if let Some(m) = max_v {
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, m, cap);
            let is_array = matches!(self.types().ukind(xt), Kind::Array(..) | Kind::Pointer(_));
            let w = self.iconst(ct::I64, if is_array { 6 } else { 2 });
            self.panic_if(bad, "gust_panic_slice", &[w, m, cap]);
            max_v2 = m;
            let h = hi_v.unwrap();
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, h, m);
            let w = self.iconst(ct::I64, 3);
            self.panic_if(bad, "gust_panic_slice", &[w, h, m]);
            hi_v2 = h;
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v2, h);
            let w = self.iconst(ct::I64, 4);
            self.panic_if(bad, "gust_panic_slice", &[w, lo_v2, h]);
        } else {
            max_v2 = cap;
            let h = hi_v.unwrap_or(len);
            if hi_v.is_some() {
                let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, h, cap);
                let w = self.iconst(
                    ct::I64,
                    if is_str || matches!(self.types().ukind(xt), Kind::Array(..)) {
                        5
                    } else {
                        0
                    },
                );
                self.panic_if(bad, "gust_panic_slice", &[w, h, cap]);
            }
            hi_v2 = h;
            let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, lo_v2, h);
            let w = self.iconst(ct::I64, 1);
            self.panic_if(bad, "gust_panic_slice", &[w, lo_v2, h]);
        }
        let nlen = self.b.ins().isub(hi_v2, lo_v2);
        let ncap = self.b.ins().isub(max_v2, lo_v2);
        let off = self.b.ins().imul_imm_s(lo_v2, elem_size as i64);
        let moved = self.b.ins().iadd(base, off);
        // Do not point past the end of the array when the result is empty.
        let empty = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, if is_str { nlen } else { ncap }, 0);
        let nptr = self.b.ins().select(empty, base, moved);
        if is_str {
            Ok(V::R(vec![nptr, nlen]))
        } else {
            Ok(V::R(vec![nptr, nlen, ncap]))
        }
    }
}
