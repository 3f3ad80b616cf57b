//! Calls (functions, methods, interface methods, closures), builtins,
//! conversions, composite literals, function literals, method values and
//! the generated wrappers and defer thunks.

use super::abi::Abi;
use super::desc::{find_member, is_direct, Member};
use super::func::{
    build, build_wrapper, flags, incoming_params, Fx, Local, Shape, ThunkPlan, G_DEFER_FP, V,
};
use super::stmt::strip_paren;
use super::{Job, Key, Lower};
use crate::check::{Builtin, ObjId, ObjKind};
use crate::types::{Basic, Kind, Sig, TypeId, INVALID};
use cranelift_codegen::ir::{self, types as ct, InstBuilder, Value};
use cranelift_module::{DataDescription, FuncId, Linkage, Module};
use gust_grammar::ast::{self, BinOp, Expr, ExprKind, UnOp};
use std::rc::Rc;

/// Where a method call's receiver starts.
pub enum Recv {
    /// A pointer to a value of the type.
    Ptr(Value, TypeId),
    /// A value of the type.
    Val(V, TypeId),
}

/// The code a call jumps to.
pub enum Target {
    Direct(FuncId),
    /// Signature and code address.
    Indirect(ir::SigRef, Value),
}

/// A resolved callee.
pub enum Callee {
    Direct(FuncId, Abi),
    /// Func value (closure pointer) of signature type.
    Closure(Value, TypeId),
    /// Interface method: (iface type, tab, data, method index, sig).
    Iface(TypeId, Value, Value, usize, TypeId),
}

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    // ------------------------------------------------------------ calls

    /// A call expression: all its results.
    pub fn call_multi(&mut self, e: &'p Expr) -> Result<Vec<V>, String> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            unreachable!()
        };
        self.set_line(e.span.lo);
        let key = (self.file, e.id);
        if let Some(vs) = self.hoisted.remove(&key) {
            return Ok(vs);
        }
        if let Some(&b) = self.l.p.info.builtin_calls.get(&key) {
            return self.builtin(e, b, args, ellipsis.is_some());
        }
        if self.l.p.info.conversions.contains(&key) {
            let t = self.ty(e);
            return Ok(vec![self.conversion(&args[0], t)?]);
        }
        // Small leaf functions are inlined.
        if let Some(&o) = self.l.p.info.uses.get(&(self.file, strip_paren(func).id)) {
            if self.l.p.objs[o.0 as usize].kind == ObjKind::Func && ellipsis.is_none() {
                if let Some(inl) = self.l.inline_info(o) {
                    let ft = self.l.p.objs[o.0 as usize].ty;
                    let sig = self.types().sig(ft).cloned().unwrap();
                    let argv = self.args(&sig, args, false)?;
                    for ((po, v), t) in inl.params.iter().zip(argv).zip(sig.params.iter()) {
                        self.declare_local(*po, *t, Some(v));
                    }
                    let saved = self.file;
                    self.file = inl.file;
                    let r = self.expr(inl.body, Some(inl.result));
                    let rt = self.ty_or(inl.body, Some(inl.result));
                    self.file = saved;
                    let r = self.convert_assign(r?, rt, inl.result);
                    return Ok(vec![r]);
                }
            }
        }
        // math functions with a machine instruction.
        if let Some(&o) = self.l.p.info.uses.get(&(self.file, strip_paren(func).id)) {
            let obj = &self.l.p.objs[o.0 as usize];
            if obj.pkg == "math" && args.len() == 1 {
                let f64t = self.l.p.types.basic(Basic::Float64);
                let op: Option<fn(&mut Self, Value) -> Value> = match obj.name.as_str() {
                    "Sqrt" => Some(|fx, x| fx.b.ins().sqrt(x)),
                    "Abs" => Some(|fx, x| fx.b.ins().fabs(x)),
                    "Floor" => Some(|fx, x| fx.b.ins().floor(x)),
                    "Ceil" => Some(|fx, x| fx.b.ins().ceil(x)),
                    "Trunc" => Some(|fx, x| fx.b.ins().trunc(x)),
                    _ => None,
                };
                if let Some(op) = op {
                    let x = self.expr(&args[0], Some(f64t))?.one();
                    let r = op(self, x);
                    return Ok(vec![V::R(vec![r])]);
                }
            }
        }
        // Method expression called directly: `T.M(x, args)`.
        if let ExprKind::Selector(x, sel) = &strip_paren(func).kind {
            if self.is_type_expr(x) {
                let xt = self.ty(x);
                if let Some(m @ Member::Method { .. }) =
                    find_member(self.types(), &self.l.p.methods, xt, &sel.name)
                {
                    // `T.M(g())` with a multi-valued g: its first result is
                    // the receiver, the rest are the arguments.
                    let multi = match self.types().kind(self.ty(&args[0])).clone() {
                        Kind::Tuple(ts) if args.len() == 1 => Some(ts),
                        _ => None,
                    };
                    let mut rest = vec![];
                    let (rv, rt) = match multi {
                        Some(ts) => {
                            let vs = self.call_multi(strip_paren(&args[0]))?;
                            let mut it = vs.into_iter().zip(ts);
                            let first = it.next().unwrap();
                            rest = it.collect();
                            first
                        }
                        None => {
                            let rv = self.expr(&args[0], Some(xt))?;
                            (rv, self.ty_or(&args[0], Some(xt)))
                        }
                    };
                    let rv = self.convert_assign(rv, rt, xt);
                    let start = match self.types().kind(xt).clone() {
                        Kind::Pointer(b) => Recv::Ptr(rv.one(), b),
                        _ => Recv::Val(rv, xt),
                    };
                    let (callee, sig_t) = self.method_callee(start, &sel.name, m)?;
                    let sig = self.types().sig(sig_t).cloned().unwrap();
                    let argv = if args.len() == 1 && !rest.is_empty() {
                        let recv = self.pending_recv.take();
                        self.pack_args(&sig, rest, false, recv.into_iter().collect())?
                    } else {
                        self.args(&sig, &args[1..], ellipsis.is_some())?
                    };
                    return self.emit_call(callee, argv);
                }
            }
        }
        let (callee, sig_t) = self.callee(func)?;
        let sig = self.types().sig(sig_t).cloned().unwrap();
        let argv = self.args(&sig, args, ellipsis.is_some())?;
        self.emit_call(callee, argv)
    }

    /// Evaluates the calls inside `e` (left to right, innermost first) ahead
    /// of the rest of it, as gc orders an expression: in `x + f()` or
    /// `g(x, f())`, `x` is read after `f` ran. Calls under the right operand
    /// of `&&`/`||` and inside function literals stay where they are.
    pub fn hoist_calls(&mut self, e: &'p Expr) -> Result<(), String> {
        if self.l.p.info.consts.contains_key(&(self.file, e.id)) {
            return Ok(());
        }
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let key = (self.file, e.id);
                if self.hoisted.contains_key(&key) {
                    return Ok(());
                }
                let special = self.l.p.info.builtin_calls.contains_key(&key)
                    || self.l.p.info.conversions.contains(&key);
                if !special {
                    self.hoist_calls(func)?;
                }
                for a in args {
                    self.hoist_calls(a)?;
                }
                if !special {
                    let vs = self.call_multi(e)?;
                    self.hoisted.insert(key, vs);
                }
            }
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => {
                self.hoist_calls(x)?
            }
            ExprKind::Unary(op, x) if *op != UnOp::Recv => self.hoist_calls(x)?,
            ExprKind::Index(x, idx) => {
                self.hoist_calls(x)?;
                for i in idx {
                    self.hoist_calls(i)?;
                }
            }
            ExprKind::Binary(BinOp::LAnd | BinOp::LOr, l, _) => self.hoist_calls(l)?,
            ExprKind::Binary(_, l, r) => {
                self.hoist_calls(l)?;
                self.hoist_calls(r)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Resolves the function part of a call.
    fn callee(&mut self, f: &'p Expr) -> Result<(Callee, TypeId), String> {
        let f = strip_paren(f);
        let ft = self.ty(f);
        // Static function.
        if let Some(&o) = self.l.p.info.uses.get(&(self.file, f.id)) {
            if self.l.p.objs[o.0 as usize].kind == ObjKind::Func && self.l.decls.contains_key(&o) {
                let recvless = self.l.decls[&o].1.recv.is_none();
                if recvless {
                    let fid = self.l.func_id(o);
                    let sig = self.types().sig(ft).cloned().unwrap();
                    let (_, abi) = self.l.signature(&sig, None, false);
                    self.pending_nopanic = !self.l.may_panic(o);
                    return Ok((Callee::Direct(fid, abi), ft));
                }
            }
        }
        if let ExprKind::Selector(x, sel) = &f.kind {
            let xt = self.ty(x);
            let is_pkg =
                matches!(&x.kind, ExprKind::Ident(_))
                    && self.l.p.info.uses.get(&(self.file, x.id)).is_some_and(|o| {
                        matches!(self.l.p.objs[o.0 as usize].kind, ObjKind::Pkg(_))
                    });
            // `T.m` / `(*T).m` (method expressions) are func values.
            if !is_pkg && xt != INVALID && !self.is_type_expr(x) {
                if let Some(m @ Member::Method { .. }) =
                    find_member(self.types(), &self.l.p.methods, xt, &sel.name)
                {
                    let start = self.recv_start(x, &m)?;
                    return self.method_callee(start, &sel.name, m);
                }
            }
        }
        let fv = self.expr(f, None)?.one();
        Ok((Callee::Closure(fv, ft), ft))
    }

    /// The receiver of a method call on expression `x`.
    fn recv_start(&mut self, x: &'p Expr, m: &Member) -> Result<Recv, String> {
        let xt = self.ty(x);
        let Member::Method { ptr_recv, path, .. } = m else {
            unreachable!()
        };
        if let Kind::Pointer(b) = self.types().ukind(xt).clone() {
            if !self.types().is_interface(b) {
                let p = self.expr(x, None)?.one();
                return Ok(Recv::Ptr(p, b));
            }
        }
        // A value: a pointer method needs its address (it is addressable).
        let needs_addr = *ptr_recv && (path.is_empty() || self.path_all_values(xt, path));
        if needs_addr || (!path.is_empty() && self.is_addressable_expr(x)) {
            let a = self.addr_of(x)?;
            return Ok(Recv::Ptr(a, xt));
        }
        let v = self.expr(x, None)?;
        Ok(Recv::Val(v, xt))
    }

    fn is_addressable_expr(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_addressable_expr(x),
            ExprKind::Ident(_) => self
                .l
                .p
                .info
                .uses
                .get(&(self.file, e.id))
                .is_some_and(|o| self.l.p.objs[o.0 as usize].kind == ObjKind::Var),
            _ => false,
        }
    }

    /// Whether an embedding path crosses no pointer.
    fn path_all_values(&self, mut t: TypeId, path: &[usize]) -> bool {
        for &i in path {
            let Kind::Struct(fs) = self.types().ukind(t) else {
                return false;
            };
            let ft = fs[i].ty;
            if matches!(self.types().ukind(ft), Kind::Pointer(_)) {
                return false;
            }
            t = ft;
        }
        true
    }

    /// Navigates to the method's receiver and resolves the callee.
    pub fn method_callee(
        &mut self,
        start: Recv,
        name: &str,
        m: Member,
    ) -> Result<(Callee, TypeId), String> {
        let Member::Method {
            sig,
            ptr_recv,
            path,
            holder,
            ..
        } = m
        else {
            unreachable!()
        };
        // Walk the embedding path.
        let mut cur = start;
        for &i in &path {
            cur = match cur {
                Recv::Ptr(p, t) => {
                    self.nil_check(p);
                    let offs = self.l.lay.field_offsets(&self.l.p.types, t);
                    let Kind::Struct(fs) = self.types().ukind(t).clone() else {
                        unreachable!()
                    };
                    let ft = fs[i].ty;
                    let a = self.b.ins().iadd_imm_s(p, offs[i] as i64);
                    match self.types().ukind(ft).clone() {
                        Kind::Pointer(b) if !self.types().is_interface(b) => {
                            let q = self.b.ins().load(ct::I64, flags(), a, 0);
                            Recv::Ptr(q, b)
                        }
                        _ => Recv::Ptr(a, ft),
                    }
                }
                Recv::Val(v, t) => {
                    let base = match v {
                        V::M(a) => a,
                        v => self.spill(t, &v),
                    };
                    let offs = self.l.lay.field_offsets(&self.l.p.types, t);
                    let Kind::Struct(fs) = self.types().ukind(t).clone() else {
                        unreachable!()
                    };
                    let ft = fs[i].ty;
                    let fv = self.load_val(ft, base, offs[i] as i32);
                    match self.types().ukind(ft).clone() {
                        Kind::Pointer(b) if !self.types().is_interface(b) => Recv::Ptr(fv.one(), b),
                        _ => Recv::Val(fv, ft),
                    }
                }
            };
        }
        if self.types().is_interface(holder) {
            let iv = match cur {
                Recv::Ptr(p, t) => {
                    self.nil_check(p);
                    self.load_val(t, p, 0)
                }
                Recv::Val(v, _) => v,
            };
            let iv = match iv {
                V::M(a) => self.load_val(holder, a, 0),
                v => v,
            };
            let V::R(ws) = iv else { unreachable!() };
            let idx = self
                .types()
                .iface_methods(holder)
                .iter()
                .position(|mm| mm.name == name)
                .unwrap();
            return Ok((Callee::Iface(holder, ws[0], ws[1], idx, sig), sig));
        }
        let (mo, _) = self.l.p.methods[&(holder, name.to_string())];
        let fid = self.l.func_id(mo);
        let s = self.types().sig(sig).cloned().unwrap();
        let recv_t = self.l.recv_type(mo);
        let (_, abi) = self.l.signature(&s, Some(recv_t), false);
        let recv_v = if ptr_recv {
            match cur {
                Recv::Ptr(p, _) => V::R(vec![p]),
                Recv::Val(v, t) => V::R(vec![self.spill(t, &v)]),
            }
        } else {
            match cur {
                Recv::Ptr(p, t) => {
                    self.nil_check(p);
                    self.load_val(t, p, 0)
                }
                Recv::Val(v, _) => v,
            }
        };
        self.pending_recv = Some(recv_v);
        Ok((Callee::Direct(fid, abi), sig))
    }

    /// A generated wrapper's body: calls method `name` (member `m`) on the
    /// receiver reached from `start` with `args`, and returns its results.
    fn call_method_and_return(
        &mut self,
        start: Recv,
        name: &str,
        m: Member,
        args: Vec<V>,
    ) -> Result<(), String> {
        let (callee, _) = self.method_callee(start, name, m)?;
        let mut all: Vec<V> = self.pending_recv.take().into_iter().collect();
        all.extend(args);
        let res = self.emit_call(callee, all)?;
        self.emit_return(res);
        self.dead_block();
        Ok(())
    }

    /// Evaluates call arguments for signature `sig`, converting to the
    /// parameter types and packing variadic arguments.
    pub fn args(&mut self, sig: &Sig, args: &'p [Expr], spread: bool) -> Result<Vec<V>, String> {
        let recv = self.pending_recv.take();
        let mut out: Vec<V> = recv.into_iter().collect();
        // f(g()) with a multi-valued g.
        if args.len() == 1 {
            if let Kind::Tuple(ts) = self.types().kind(self.ty(&args[0])).clone() {
                let vs = self.call_multi(strip_paren(&args[0]))?;
                let vals: Vec<(V, TypeId)> = vs.into_iter().zip(ts).collect();
                return self.pack_args(sig, vals, false, out);
            }
        }
        let n = sig.params.len();
        if args.len() > 1 && args[1..].iter().any(has_call) {
            for a in args {
                self.hoist_calls(a)?;
            }
        }
        let mut vals = vec![];
        for (i, a) in args.iter().enumerate() {
            let want = if sig.variadic && i + 1 >= n && !spread {
                match self.types().ukind(sig.params[n - 1]) {
                    Kind::Slice(e) => Some(*e),
                    _ => None,
                }
            } else {
                sig.params.get(i).copied()
            };
            let v = self.expr(a, want)?;
            let t = self.ty_or(a, want);
            let v = match want {
                Some(w) => self.convert_assign(v, t, w),
                None => v,
            };
            let v = self.copied(want.unwrap_or(t), v);
            vals.push((v, want.unwrap_or(t)));
        }
        let _ = &mut out;
        self.pack_args(sig, vals, spread, out)
    }

    fn pack_args(
        &mut self,
        sig: &Sig,
        vals: Vec<(V, TypeId)>,
        spread: bool,
        mut out: Vec<V>,
    ) -> Result<Vec<V>, String> {
        let n = sig.params.len();
        if !sig.variadic || spread {
            for (i, (v, t)) in vals.into_iter().enumerate() {
                let v = self.convert_assign(v, t, sig.params[i]);
                out.push(v);
            }
            return Ok(out);
        }
        let mut it = vals.into_iter();
        for i in 0..n - 1 {
            let (v, t) = it.next().unwrap();
            out.push(self.convert_assign(v, t, sig.params[i]));
        }
        let rest: Vec<(V, TypeId)> = it.collect();
        let st = sig.params[n - 1];
        let Kind::Slice(et) = self.types().ukind(st).clone() else {
            unreachable!()
        };
        if rest.is_empty() {
            let z = self.iconst(ct::I64, 0);
            out.push(V::R(vec![z, z, z]));
            return Ok(out);
        }
        let count = rest.len() as i64;
        let s = self.new_slice(et, count);
        let size = self.lay(et).size as i32;
        for (i, (v, t)) in rest.into_iter().enumerate() {
            let v = self.convert_assign(v, t, et);
            self.store_val(et, &v, s, size * i as i32);
        }
        let len = self.iconst(ct::I64, count);
        out.push(V::R(vec![s, len, len]));
        Ok(out)
    }

    /// A fresh zeroed backing array of `n` elements.
    pub fn new_slice(&mut self, et: TypeId, n: i64) -> Value {
        let d = self.desc_addr(et);
        let nv = self.iconst(ct::I64, n);
        let gp = self.gp;
        self.rtcall("gust_alloc_array", &[ct::I64; 3], &[ct::I64], &[gp, d, nv])[0]
    }

    /// Emits a call and collects its results.
    pub fn emit_call(&mut self, callee: Callee, args: Vec<V>) -> Result<Vec<V>, String> {
        let gp = self.gp;
        let (abi, flat, target) = match callee {
            Callee::Direct(fid, abi) => (abi, vec![gp], Target::Direct(fid)),
            Callee::Closure(fv, ft) => {
                self.nil_check(fv);
                let sig = self.types().sig(ft).cloned().unwrap();
                let (csig, abi) = self.l.signature(&sig, None, true);
                let sr = self.b.import_signature(csig);
                let code = self.b.ins().load(ct::I64, flags(), fv, 0);
                (abi, vec![gp, fv], Target::Indirect(sr, code))
            }
            Callee::Iface(_it, tab, data, idx, sig_t) => {
                self.nil_check(tab);
                let sig = self.types().sig(sig_t).cloned().unwrap();
                let up = self.l.p.types.basic(Basic::UnsafePointer);
                let (csig, abi) = self.l.signature(&sig, Some(up), false);
                let sr = self.b.import_signature(csig);
                let code = self
                    .b
                    .ins()
                    .load(ct::I64, flags(), tab, 16 + 8 * idx as i32);
                let mut a = vec![V::R(vec![data])];
                a.extend(args);
                return self.finish_call(abi, vec![gp], Target::Indirect(sr, code), a);
            }
        };
        self.finish_call(abi, flat, target, args)
    }

    fn finish_call(
        &mut self,
        abi: Abi,
        mut flat: Vec<Value>,
        target: Target,
        args: Vec<V>,
    ) -> Result<Vec<V>, String> {
        let out = if abi.out {
            let a = self.stack_slot(abi.out_size.max(8), abi.out_align);
            flat.push(a);
            Some(a)
        } else {
            None
        };
        for v in args {
            match v {
                V::R(ws) => flat.extend(ws),
                V::M(a) => flat.push(a),
            }
        }
        let call = match target {
            Target::Indirect(sr, code) => self.b.ins().call_indirect(sr, code, &flat),
            Target::Direct(fid) => {
                let r = self.fref(fid);
                self.b.ins().call(r, &flat)
            }
        };
        let rets = self.b.inst_results(call).to_vec();
        if !std::mem::take(&mut self.pending_nopanic) {
            self.check_panic();
        }
        let mut res = vec![];
        if let Some(o) = out {
            for (i, &t) in abi.results.iter().enumerate() {
                res.push(self.load_val(t, o, abi.result_offsets[i] as i32));
            }
        } else {
            let mut k = 0;
            for &t in &abi.results {
                let n = self.lay(t).repr.words().len();
                res.push(V::R(rets[k..k + n].to_vec()));
                k += n;
            }
        }
        Ok(res)
    }

    // ------------------------------------------------------------ method values

    fn method_value_key(&self, holder: TypeId, name: &str, ptr: bool) -> Key {
        Key::MethodVal(
            holder,
            if ptr {
                format!("*{name}")
            } else {
                name.to_string()
            },
        )
    }

    /// `x.M` as a func value: a closure holding the receiver.
    pub fn method_value(&mut self, x: &'p Expr, name: &str, m: Member) -> Result<V, String> {
        let Member::Method {
            ptr_recv, holder, ..
        } = m.clone()
        else {
            unreachable!()
        };
        let start = self.recv_start(x, &m)?;
        let (callee, _) = self.method_callee(start, name, m)?;
        let recv = match callee {
            Callee::Iface(_, tab, data, _, _) => {
                // Binding a method of a nil interface panics at once.
                self.nil_check(tab);
                V::R(vec![tab, data])
            }
            Callee::Direct(..) => self.pending_recv.take().unwrap(),
            Callee::Closure(..) => unreachable!(),
        };
        let is_iface = self.types().is_interface(holder);
        let key = self.method_value_key(holder, name, ptr_recv && !is_iface);
        let fid = self.method_val_func(key, holder, name, ptr_recv && !is_iface);
        // Closure: [code, receiver].
        let rt = if ptr_recv && !is_iface {
            self.l.p.types.basic(Basic::UnsafePointer)
        } else {
            holder
        };
        let rl = self.lay(rt);
        let size = 8 + rl.size.div_ceil(8) * 8;
        let mut ptrs = vec![];
        self.l.lay.ptr_words(&self.l.p.types, rt, 8, &mut ptrs);
        let d = self.l.raw_desc(size, &ptrs);
        let da = self.data_addr(d);
        let gp = self.gp;
        let c = self.rtcall("gust_alloc", &[ct::I64, ct::I64], &[ct::I64], &[gp, da])[0];
        let r = self.fref(fid);
        let code = self.b.ins().func_addr(ct::I64, r);
        self.b.ins().store(flags(), code, c, 0);
        self.store_val(rt, &recv, c, 8);
        Ok(V::R(vec![c]))
    }

    fn method_val_func(&mut self, key: Key, holder: TypeId, name: &str, ptr: bool) -> FuncId {
        if let Some(&f) = self.l.funcs.get(&key) {
            return f;
        }
        let sig_t = match find_member(self.types(), &self.l.p.methods, holder, name) {
            Some(Member::Method { sig, .. }) => sig,
            _ => unreachable!(),
        };
        let sig = self.types().sig(sig_t).cloned().unwrap();
        let (csig, _) = self.l.signature(&sig, None, true);
        let fname = format!("{}.{}-fm", self.l.p.types.name_in(holder, ""), name);
        let fname = self.l.unique_name(&fname);
        let fid = self
            .l
            .m
            .declare_function(&fname, Linkage::Local, &csig)
            .unwrap();
        self.l.funcs.insert(key, fid);
        self.l.queue.push(Job::MethodVal(
            holder,
            if ptr {
                format!("*{name}")
            } else {
                name.to_string()
            },
        ));
        fid
    }

    // ------------------------------------------------------------ closures

    pub fn func_lit(&mut self, e: &'p Expr) -> Result<V, String> {
        let ExprKind::FuncLit { body, .. } = &e.kind else {
            unreachable!()
        };
        // Free variables: locals declared outside the literal.
        let mut captures: Vec<ObjId> = vec![];
        let p = self.l.p;
        let file = self.file;
        gust_grammar::visit::walk_block(body, &mut |u: &Expr| {
            if let ExprKind::Ident(_) = u.kind {
                if let Some(&o) = p.info.uses.get(&(file, u.id)) {
                    let ob = &p.objs[o.0 as usize];
                    if ob.kind == ObjKind::Var
                        && !ob.global
                        && (ob.span.lo < e.span.lo || ob.span.lo >= e.span.hi)
                        && !captures.contains(&o)
                    {
                        captures.push(o);
                    }
                }
            }
        });
        let n = self.lit_counter.get() + 1;
        self.lit_counter.set(n);
        let name = format!("{}.func{n}", self.name);
        let t = self.ty(e);
        let sig = self.types().sig(t).cloned().unwrap();
        let (csig, _) = self.l.signature(&sig, None, true);
        let fname = self.l.unique_name(&name);
        let fid = self
            .l
            .m
            .declare_function(&fname, Linkage::Local, &csig)
            .unwrap();
        self.l.funcs.insert(Key::Lit(self.file, e.id), fid);
        self.l.queue.push(Job::Lit {
            file: self.file,
            expr: e,
            captures: captures.clone(),
            escapes: self.escapes.clone(),
            name,
            counter: Rc::new(std::cell::Cell::new(0)),
        });
        if captures.is_empty() {
            // Nothing captured: one static closure serves every evaluation
            // (as in Go, the literal allocates nothing).
            let dname = self.l.new_data_name("fv");
            let d = self
                .l
                .m
                .declare_data(&dname, Linkage::Local, false, false)
                .unwrap();
            let mut dd = cranelift_module::DataDescription::new();
            dd.define_zeroinit(8);
            dd.set_align(8);
            let fr = self.l.m.declare_func_in_data(fid, &mut dd);
            dd.write_function_addr(0, fr);
            self.l.m.define_data(d, &dd).unwrap();
            return Ok(V::R(vec![self.data_addr(d)]));
        }
        let size = 8 * (1 + captures.len() as u64);
        let ptrs: Vec<u64> = (1..=captures.len() as u64).collect();
        let d = self.l.raw_desc(size, &ptrs);
        let da = self.data_addr(d);
        let gp = self.gp;
        let c = self.rtcall("gust_alloc", &[ct::I64, ct::I64], &[ct::I64], &[gp, da])[0];
        let r = self.fref(fid);
        let code = self.b.ins().func_addr(ct::I64, r);
        self.b.ins().store(flags(), code, c, 0);
        for (k, o) in captures.iter().enumerate() {
            let cell = match self.locals.get(o).cloned() {
                Some(Local::Heap(v)) => self.b.use_var(v),
                _ => {
                    return Err(format!(
                        "internal error: captured variable {} has no cell",
                        self.l.p.objs[o.0 as usize].name
                    ))
                }
            };
            self.b.ins().store(flags(), cell, c, 8 * (k as i32 + 1));
        }
        Ok(V::R(vec![c]))
    }

    // ------------------------------------------------------------ thunks

    /// Evaluates a deferred call's function and arguments now and returns
    /// a closure (`func()`) that performs the call later.
    /// `go_stmt`: the closure starts a goroutine (no `recover` frame).
    pub fn make_thunk(&mut self, e: &'p Expr, go_stmt: bool) -> Result<Value, String> {
        let e = strip_paren(e);
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return Err(self.unsupported(e.span, "this deferred expression"));
        };
        let key = (self.file, e.id);
        let (shape, vals): (Shape, Vec<(V, TypeId)>) =
            if let Some(&b) = self.l.p.info.builtin_calls.get(&key) {
                let mut vals = vec![];
                for a in args {
                    let t = self.ty_or(a, None);
                    let want = if b == Builtin::Panic {
                        Some(self.l.p.types.any)
                    } else {
                        Some(t)
                    };
                    let v = self.expr(a, want)?;
                    let (v, t) = if b == Builtin::Panic {
                        let any = self.l.p.types.any;
                        (self.convert_assign(v, t, any), any)
                    } else {
                        (v, t)
                    };
                    vals.push((v, t));
                }
                (Shape::Builtin { b }, vals)
            } else {
                let (callee, sig_t) = self.callee(func)?;
                // `defer x.M()` with a nil interface x panics at the defer
                // statement, where the method value is evaluated.
                if let Callee::Iface(_, tab, ..) = callee {
                    self.nil_check(tab);
                }
                let sig = self.types().sig(sig_t).cloned().unwrap();
                let argv = self.args(&sig, args, ellipsis.is_some())?;
                match callee {
                    Callee::Direct(fid, abi) => {
                        let vals = argv.into_iter().zip(abi.params.clone()).collect();
                        (Shape::Direct { func: fid, abi }, vals)
                    }
                    Callee::Closure(fv, ft) => {
                        let mut vals = vec![(V::R(vec![fv]), ft)];
                        vals.extend(argv.into_iter().zip(sig.params.clone()));
                        (Shape::Closure { sig: ft }, vals)
                    }
                    Callee::Iface(it, tab, data, idx, _) => {
                        let mut vals = vec![(V::R(vec![tab, data]), it)];
                        vals.extend(argv.into_iter().zip(sig.params.clone()));
                        (
                            Shape::Iface {
                                iface: it,
                                index: idx,
                            },
                            vals,
                        )
                    }
                }
            };
        let captured: Vec<TypeId> = vals.iter().map(|(_, t)| *t).collect();
        let (offs, size, ptrs) = self.capture_layout(&captured);
        self.l.thunks += 1;
        let n = self.l.thunks;
        let mut csig = ir::Signature::new(self.l.call_conv);
        csig.params.push(super::abi::gp_param());
        csig.params.push(ir::AbiParam::new(ct::I64));
        let wrap = if go_stmt { "gowrap" } else { "deferwrap" };
        let fname = self.l.unique_name(&format!("{}.{wrap}{n}", self.name));
        let fid = self
            .l
            .m
            .declare_function(&fname, Linkage::Local, &csig)
            .unwrap();
        self.l.funcs.insert(Key::Thunk(n), fid);
        self.l.queue.push(Job::Thunk(
            n,
            ThunkPlan {
                captured,
                shape,
                go_stmt,
            },
        ));
        let d = self.l.raw_desc(size, &ptrs);
        let da = self.data_addr(d);
        let gp = self.gp;
        let c = self.rtcall("gust_alloc", &[ct::I64, ct::I64], &[ct::I64], &[gp, da])[0];
        let r = self.fref(fid);
        let code = self.b.ins().func_addr(ct::I64, r);
        self.b.ins().store(flags(), code, c, 0);
        for (i, (v, t)) in vals.iter().enumerate() {
            self.store_val(*t, v, c, offs[i] as i32);
        }
        Ok(c)
    }

    /// Offsets (after the code word), total size and pointer words of a
    /// closure capturing values of types `ts`.
    pub fn capture_layout(&mut self, ts: &[TypeId]) -> (Vec<u64>, u64, Vec<u64>) {
        let mut off = 8u64;
        let mut offs = vec![];
        let mut ptrs = vec![];
        for &t in ts {
            let l = self.lay(t);
            off = off.div_ceil(l.align.max(1)) * l.align.max(1);
            offs.push(off);
            self.l.lay.ptr_words(&self.l.p.types, t, off, &mut ptrs);
            off += l.size;
        }
        (offs, off.div_ceil(8) * 8, ptrs)
    }
}

impl<'p, M: Module> Lower<'p, M> {
    /// A descriptor for a compiler-made object (closure) of `size` bytes
    /// with pointers at the given words.
    pub fn raw_desc(&mut self, size: u64, ptr_words: &[u64]) -> cranelift_module::DataId {
        let name = self.new_data_name("closure");
        let id = self
            .m
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        let mut bytes = vec![0u8; super::desc::DESC_SIZE];
        bytes[0..8].copy_from_slice(&size.to_le_bytes());
        bytes[8..12].copy_from_slice(&8u32.to_le_bytes());
        bytes[12] = 25; // struct
        if ptr_words.is_empty() {
            bytes[13] = 8;
        }
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        if !ptr_words.is_empty() {
            let words = (ptr_words.iter().max().copied().unwrap_or(0) / 64 + 1)
                .max(size.div_ceil(8).div_ceil(64));
            let mut bm = vec![0u64; words as usize];
            for w in ptr_words {
                bm[(w / 64) as usize] |= 1 << (w % 64);
            }
            let bname = self.new_data_name("ptrmap");
            let bid = self
                .m
                .declare_data(&bname, Linkage::Local, false, false)
                .unwrap();
            let mut bd = DataDescription::new();
            let b: Vec<u8> = bm.iter().flat_map(|w| w.to_le_bytes()).collect();
            bd.define(b.into_boxed_slice());
            bd.set_align(8);
            self.m.define_data(bid, &bd).unwrap();
            let gv = self.m.declare_data_in_data(bid, &mut dd);
            dd.write_data_addr(88, gv, 0);
        }
        self.m.define_data(id, &dd).unwrap();
        id
    }
}

// ------------------------------------------------------------ jobs

pub fn build_lit<'p, M: Module>(
    l: &mut Lower<'p, M>,
    file: usize,
    e: &'p Expr,
    captures: Vec<ObjId>,
    escapes: Rc<super::escape::EscapeInfo>,
    name: String,
    counter: Rc<std::cell::Cell<u32>>,
) -> Result<(), String> {
    let ExprKind::FuncLit { sig: fsig, body } = &e.kind else {
        unreachable!()
    };
    let id = l.funcs[&Key::Lit(file, e.id)];
    let t = l.p.info.types[&(file, e.id)];
    let sig = l.p.types.sig(t).cloned().unwrap();
    let (_, abi) = l.signature(&sig, None, true);
    // Literals in package-level initialisers have no enclosing function's
    // escape set: add the literal's own.
    let escapes = if escapes.is_empty() {
        Rc::new(l.leaks.analyze(l.p, &l.decls, file, body))
    } else {
        escapes
    };
    build(l, id, name, file, abi, escapes, counter, |fx| {
        fx.set_line(e.span.lo);
        let ctx = fx.ctx.unwrap();
        for (k, o) in captures.iter().enumerate() {
            let cell = fx.b.ins().load(ct::I64, flags(), ctx, 8 * (k as i32 + 1));
            let var = fx.b.declare_var(ct::I64);
            fx.b.def_var(var, cell);
            let ty = fx.l.p.objs[o.0 as usize].ty;
            fx.locals.insert(*o, Local::Heap(var));
            fx.local_types.insert(*o, ty);
        }
        let params = incoming_params(fx);
        let ps: Vec<&ast::Param> = fsig.params.iter().collect();
        fx.bind_params(&ps, params);
        fx.bind_results(&fsig.results);
        fx.body(body)
    })
}

/// Interface entry of method `name` of dynamic type `t`.
pub fn build_iface_wrap<M: Module>(
    l: &mut Lower<'_, M>,
    t: TypeId,
    name: &str,
) -> Result<(), String> {
    let id = l.funcs[&Key::IfaceWrap(t, name.to_string())];
    let Some(m @ Member::Method { sig, .. }) = l.lookup_method(t, name) else {
        unreachable!()
    };
    let s = l.p.types.sig(sig).cloned().unwrap();
    let up = l.p.types.basic(Basic::UnsafePointer);
    let (_, abi) = l.signature(&s, Some(up), false);
    // Go's spelling: `main.T.F`, `main.(*T).F`.
    let fname = match l.p.types.kind(t) {
        Kind::Pointer(b) => {
            let bn = l.p.types.name_in(*b, "");
            match bn.rsplit_once('.') {
                Some((pkg, tn)) => format!("{pkg}.(*{tn}).{name}"),
                None => format!("(*{bn}).{name}"),
            }
        }
        _ => format!("{}.{}", l.p.types.name_in(t, ""), name),
    };
    build_wrapper(l, id, fname, abi, |fx| {
        let params = incoming_params(fx);
        let data = params[0].one();
        // A value method declared on T, called through a nil *T.
        if let (
            Kind::Pointer(b),
            Member::Method {
                ptr_recv: false,
                path,
                ..
            },
        ) = (fx.types().kind(t).clone(), &m)
        {
            if path.is_empty() && !fx.types().is_interface(b) {
                let tn = fx.types().name_in(b, "");
                let method = format!("{tn}.{name}");
                let bare = tn.rsplit('.').next().unwrap_or(&tn).to_string();
                let z = fx.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, data, 0);
                let st = fx.l.p.types.basic(Basic::String);
                let cs = |s: String| crate::constant::Const::String(s.into_bytes());
                let V::R(ms) = fx.const_val(&cs(method), st) else {
                    unreachable!()
                };
                let V::R(ts) = fx.const_val(&cs(bare), st) else {
                    unreachable!()
                };
                fx.panic_if(z, "gust_panic_wrap", &[ms[0], ms[1], ts[0], ts[1]]);
            }
        }
        let start = match fx.types().kind(t).clone() {
            Kind::Pointer(b) if !fx.types().is_interface(b) => Recv::Ptr(data, b),
            _ => {
                if is_direct(fx.types(), t) {
                    Recv::Val(V::R(vec![data]), t)
                } else {
                    Recv::Ptr(data, t)
                }
            }
        };
        let mut args = params;
        args.remove(0);
        fx.call_method_and_return(start, name, m, args)
    })
}

/// Method expression `X.M` in general: `(gp, closure, x X, params...)`
/// calls `x.M(params...)`, through embedded fields or an interface.
pub fn build_method_expr<M: Module>(
    l: &mut Lower<'_, M>,
    xt: TypeId,
    name: &str,
) -> Result<(), String> {
    let id = l.funcs[&Key::MethodExpr(xt, name.to_string())];
    let Some(m @ Member::Method { sig, .. }) = l.lookup_method(xt, name) else {
        unreachable!()
    };
    let s = l.p.types.sig(sig).cloned().unwrap();
    let (_, abi) = l.signature(&s, Some(xt), true);
    let fname = format!("{}.{name}", l.p.types.name_in(xt, ""));
    build_wrapper(l, id, fname, abi, |fx| {
        let mut params = incoming_params(fx);
        let recv = params.remove(0);
        let start = match fx.types().kind(xt).clone() {
            Kind::Pointer(b) if !fx.types().is_interface(b) => Recv::Ptr(recv.one(), b),
            _ => Recv::Val(recv, xt),
        };
        fx.call_method_and_return(start, name, m, params)
    })
}

/// `(*T).M` for value method `M`: `(gp, closure, *T, params...)`.
pub fn build_method_expr_deref<M: Module>(
    l: &mut Lower<'_, M>,
    o: ObjId,
    ptr_t: TypeId,
) -> Result<(), String> {
    let id = l.funcs[&Key::MethodExprDeref(o)];
    let obj_ty = l.p.objs[o.0 as usize].ty;
    let sig = l.p.types.sig(obj_ty).cloned().unwrap();
    let (_, abi) = l.signature(&sig, Some(ptr_t), true);
    let recv_t = l.recv_type(o);
    let target = l.func_id(o);
    let (_, tabi) = l.signature(&sig, Some(recv_t), false);
    let name = format!("{}·deref", l.func_name(o));
    build_wrapper(l, id, name, abi, |fx| {
        let mut params = incoming_params(fx);
        let p = params.remove(0).one();
        fx.nil_check(p);
        let v = fx.load_val(recv_t, p, 0);
        let mut args = vec![v];
        args.extend(params);
        let res = fx.emit_call(Callee::Direct(target, tabi), args)?;
        fx.emit_return(res);
        fx.dead_block();
        Ok(())
    })
}

/// Method value code: receiver stored in the closure at offset 8.
pub fn build_method_val<M: Module>(
    l: &mut Lower<'_, M>,
    holder: TypeId,
    name: &str,
) -> Result<(), String> {
    let (ptr, mname) = match name.strip_prefix('*') {
        Some(n) => (true, n.to_string()),
        None => (false, name.to_string()),
    };
    let key = Key::MethodVal(holder, name.to_string());
    let id = l.funcs[&key];
    let Some(m @ Member::Method { sig, .. }) =
        find_member(&l.p.types, &l.p.methods, holder, &mname)
    else {
        unreachable!()
    };
    let s = l.p.types.sig(sig).cloned().unwrap();
    let (_, abi) = l.signature(&s, None, true);
    let fname = format!("{}.{}-fm", l.p.types.name_in(holder, ""), mname);
    build_wrapper(l, id, fname, abi, |fx| {
        let params = incoming_params(fx);
        let ctx = fx.ctx.unwrap();
        let start = if ptr {
            let p = fx.b.ins().load(ct::I64, flags(), ctx, 8);
            Recv::Ptr(p, holder)
        } else {
            let v = fx.load_val(holder, ctx, 8);
            Recv::Val(v, holder)
        };
        // The member found from the holder itself has an empty path.
        let m = match m {
            Member::Method {
                sig,
                ptr_recv,
                via_ptr,
                holder: h,
                ..
            } => Member::Method {
                sig,
                ptr_recv,
                via_ptr,
                path: vec![],
                holder: h,
            },
            m => m,
        };
        fx.call_method_and_return(start, &mname, m, params)
    })
}

/// A defer thunk: `(gp, closure)`; sets `G::defer_fp` to its own frame so
/// the callee may recover, calls the target, restores `defer_fp`.
pub fn build_thunk<M: Module>(l: &mut Lower<'_, M>, n: u32, plan: ThunkPlan) -> Result<(), String> {
    let id = l.funcs[&Key::Thunk(n)];
    let abi = Abi {
        ctx: true,
        out: false,
        params: vec![],
        results: vec![],
        result_offsets: vec![],
        out_size: 0,
        out_align: 8,
    };
    let wrap = if plan.go_stmt { "gowrap" } else { "deferwrap" };
    build_wrapper(l, id, format!("runtime.{wrap}{n}"), abi, |fx| {
        let ctx = fx.ctx.unwrap();
        let (offs, _, _) = fx.capture_layout(&plan.captured);
        let vals: Vec<V> = plan
            .captured
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let v = fx.load_val(*t, ctx, offs[i] as i32);
                match v {
                    V::M(a) => V::M(fx.spill(*t, &V::M(a))),
                    v => v,
                }
            })
            .collect();
        let old = fx.b.ins().load(ct::I64, flags(), fx.gp, G_DEFER_FP);
        if !plan.go_stmt {
            let fp = fx.fp();
            fx.b.ins().store(flags(), fp, fx.gp, G_DEFER_FP);
        }
        match plan.shape.clone() {
            Shape::Direct { func, abi } => {
                fx.emit_call(Callee::Direct(func, abi), vals)?;
            }
            Shape::Closure { sig } => {
                let mut vals = vals;
                let fv = vals.remove(0).one();
                fx.emit_call(Callee::Closure(fv, sig), vals)?;
            }
            Shape::Iface { iface, index } => {
                let mut vals = vals;
                let V::R(ws) = vals.remove(0) else {
                    unreachable!()
                };
                let ms = fx.types().iface_methods(iface).to_vec();
                let sig = ms[index].sig;
                fx.emit_call(Callee::Iface(iface, ws[0], ws[1], index, sig), vals)?;
            }
            Shape::Builtin { b } => {
                let tvals: Vec<(V, TypeId)> = vals.into_iter().zip(plan.captured.clone()).collect();
                fx.builtin_values(b, tvals)?;
            }
        }
        let gp = fx.gp;
        if !plan.go_stmt {
            fx.b.ins().store(flags(), old, gp, G_DEFER_FP);
        }
        fx.b.ins().return_(&[]);
        fx.dead_block();
        Ok(())
    })
}

/// Whether `e` contains a call (not counting builtins and conversions,
/// which the checker records separately; a conservative answer is fine).
pub fn has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => has_call(x),
        ExprKind::Unary(_, x) => has_call(x),
        ExprKind::Index(x, idx) => has_call(x) || idx.iter().any(has_call),
        ExprKind::Binary(_, l, r) => has_call(l) || has_call(r),
        _ => false,
    }
}
