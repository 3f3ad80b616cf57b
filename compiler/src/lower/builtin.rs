//! Builtin functions, conversions and composite literals.

use super::func::{flags, Fx, V};
use super::layout::Repr;
use super::stmt::strip_paren;
use crate::check::Builtin;
use crate::types::{Basic, Kind, TypeId};
use cranelift_codegen::ir::{
    condcodes::FloatCC, condcodes::IntCC, types as ct, InstBuilder, Value,
};
use cranelift_module::Module;
use gust_grammar::ast::{Expr, ExprKind};

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    pub fn builtin(
        &mut self,
        e: &'p Expr,
        b: Builtin,
        args: &'p [Expr],
        spread: bool,
    ) -> Result<Vec<V>, String> {
        let int_t = self.l.p.types.basic(Basic::Int);
        let one = |v: Value| Ok(vec![V::R(vec![v])]);
        // `append(f())` and friends: one multi-valued call gives the arguments.
        if args.len() == 1 && !spread {
            if let Kind::Tuple(ts) = self.types().kind(self.ty(&args[0])).clone() {
                let vs = self.call_multi(strip_paren(&args[0]))?;
                let mut vals: Vec<(V, TypeId)> = vs.into_iter().zip(ts).collect();
                return match b {
                    Builtin::Copy => {
                        let n = self.copy_values(&vals);
                        one(n)
                    }
                    Builtin::Append => {
                        let st = vals[0].1;
                        let Kind::Slice(et) = self.types().ukind(st).clone() else {
                            unreachable!()
                        };
                        let V::R(sw) = vals.remove(0).0 else {
                            unreachable!()
                        };
                        let mut elems = vec![];
                        for (v, t) in vals {
                            let v = self.convert_assign(v, t, et);
                            elems.push(self.copied(et, v));
                        }
                        let n = self.iconst(ct::I64, elems.len() as i64);
                        self.append_values(st, sw, n, None, elems)
                    }
                    _ => {
                        self.builtin_values(b, vals)?;
                        Ok(vec![])
                    }
                };
            }
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let t = self.ty(&args[0]);
                match self.types().ukind(t).clone() {
                    Kind::Basic(_) | Kind::Slice(_) => {
                        let ws = if matches!(self.types().ukind(t), Kind::Slice(_)) {
                            self.slice_words(&args[0], b == Builtin::Cap)?
                        } else {
                            let V::R(ws) = self.expr(&args[0], None)? else {
                                unreachable!()
                            };
                            ws
                        };
                        one(if b == Builtin::Len { ws[1] } else { ws[2] })
                    }
                    Kind::Map(..) => {
                        let m = self.expr(&args[0], None)?.one();
                        let r = self.rtcall("gust_maplen", &[ct::I64], &[ct::I64], &[m])[0];
                        one(r)
                    }
                    Kind::Array(n, _) => {
                        self.expr(&args[0], None)?;
                        one(self.iconst(ct::I64, n as i64))
                    }
                    Kind::Pointer(a) => {
                        let Kind::Array(n, _) = self.types().ukind(a).clone() else {
                            unreachable!()
                        };
                        self.expr(&args[0], None)?;
                        one(self.iconst(ct::I64, n as i64))
                    }
                    Kind::Chan(..) => {
                        let c = self.expr(&args[0], None)?.one();
                        let gp = self.gp;
                        let f = if b == Builtin::Len {
                            "gust_chanlen"
                        } else {
                            "gust_chancap"
                        };
                        let r = self.rtcall(f, &[ct::I64, ct::I64], &[ct::I64], &[gp, c])[0];
                        one(r)
                    }
                    _ => Err(self.unsupported(e.span, "len/cap of this type")),
                }
            }
            Builtin::New => {
                let t = self.ty(&args[0]);
                let p = self.alloc(t);
                one(p)
            }
            Builtin::Make => {
                let t = self.ty(&args[0]);
                match self.types().ukind(t).clone() {
                    Kind::Slice(et) => {
                        let lt = self.ty_or(&args[1], Some(int_t));
                        let lv = self.expr(&args[1], Some(lt))?.one();
                        let len = self.widen_i64(lv, lt);
                        let cap = if args.len() > 2 {
                            let ct_ = self.ty_or(&args[2], Some(int_t));
                            let cv = self.expr(&args[2], Some(ct_))?.one();
                            self.widen_i64(cv, ct_)
                        } else {
                            len
                        };
                        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, len, 0);
                        let z = self.iconst(ct::I64, 0);
                        self.panic_if(neg, "gust_panic_makeslice", &[z]);
                        let bad = self.b.ins().icmp(IntCC::SignedLessThan, cap, len);
                        let o = self.iconst(ct::I64, 1);
                        self.panic_if(bad, "gust_panic_makeslice", &[o]);
                        let size = self.lay(et).size as i64;
                        if size > 0 {
                            let lim = self.iconst(ct::I64, (1i64 << 40) / size);
                            let big = self.b.ins().icmp(IntCC::SignedGreaterThan, cap, lim);
                            let o = self.iconst(ct::I64, 1);
                            self.panic_if(big, "gust_panic_makeslice", &[o]);
                        }
                        let d = self.desc_addr(et);
                        let gp = self.gp;
                        let p = self.rtcall(
                            "gust_alloc_array",
                            &[ct::I64; 3],
                            &[ct::I64],
                            &[gp, d, cap],
                        )[0];
                        Ok(vec![V::R(vec![p, len, cap])])
                    }
                    Kind::Map(..) => {
                        let hint = if args.len() > 1 {
                            let ht = self.ty_or(&args[1], Some(int_t));
                            let hv = self.expr(&args[1], Some(ht))?.one();
                            self.widen_i64(hv, ht)
                        } else {
                            self.iconst(ct::I64, 0)
                        };
                        let d = self.desc_addr(t);
                        let gp = self.gp;
                        let m =
                            self.rtcall("gust_makemap", &[ct::I64; 3], &[ct::I64], &[gp, d, hint])
                                [0];
                        self.check_panic();
                        one(m)
                    }
                    Kind::Chan(_, et) => {
                        let n = if args.len() > 1 {
                            let ht = self.ty_or(&args[1], Some(int_t));
                            let hv = self.expr(&args[1], Some(ht))?.one();
                            self.widen_i64(hv, ht)
                        } else {
                            self.iconst(ct::I64, 0)
                        };
                        let d = self.desc_addr(et);
                        let gp = self.gp;
                        let c =
                            self.rtcall("gust_makechan", &[ct::I64; 3], &[ct::I64], &[gp, d, n])[0];
                        self.check_panic();
                        one(c)
                    }
                    _ => Err(self.unsupported(e.span, "make of this type")),
                }
            }
            Builtin::Append => self.append(e, args, spread),
            Builtin::Copy => {
                let dt = self.ty(&args[0]);
                let Kind::Slice(et) = self.types().ukind(dt).clone() else {
                    unreachable!()
                };
                let d = self.slice_words(&args[0], false)?;
                let s = if self.is_string_type(self.ty(&args[1])) {
                    let V::R(ws) = self.expr(&args[1], None)? else {
                        unreachable!()
                    };
                    ws
                } else {
                    self.slice_words(&args[1], false)?
                };
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
                let n = self.b.ins().select(lt, d[1], s[1]);
                let size = self.lay(et).size as i64;
                let bytes = self.b.ins().imul_imm_s(n, size);
                let cfg = self.l.m.target_config();
                self.b.call_memmove(cfg, d[0], s[0], bytes);
                one(n)
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let Kind::Map(kt, _) = self.types().ukind(mt).clone() else {
                    unreachable!()
                };
                let m = self.expr(&args[0], None)?.one();
                let kv = self.expr(&args[1], Some(kt))?;
                let from = self.ty_or(&args[1], Some(kt));
                self.builtin_values(Builtin::Delete, vec![(V::R(vec![m]), mt), (kv, from)])?;
                Ok(vec![])
            }
            Builtin::Panic => {
                let any = self.l.p.types.any;
                let v = self.expr(&args[0], Some(any))?;
                let t = self.ty_or(&args[0], Some(any));
                let v = self.convert_assign(v, t, any);
                self.builtin_values(Builtin::Panic, vec![(v, any)])?;
                Ok(vec![])
            }
            Builtin::Print | Builtin::Println => {
                let mut vals = vec![];
                for a in args {
                    let t = self.ty_or(a, None);
                    let v = self.expr(a, Some(t))?;
                    vals.push((v, t));
                }
                self.builtin_values(b, vals)?;
                Ok(vec![])
            }
            Builtin::Recover => {
                let fp = self.fp();
                let gp = self.gp;
                let r = self.rtcall(
                    "gust_recover",
                    &[ct::I64, ct::I64],
                    &[ct::I64, ct::I64],
                    &[gp, fp],
                );
                Ok(vec![V::R(r)])
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty_or(e, None);
                let mut acc = self.expr(&args[0], Some(t))?;
                for a in &args[1..] {
                    let v = self.expr(a, Some(t))?;
                    acc = self.minmax(b == Builtin::Min, t, acc, v);
                }
                Ok(vec![acc])
            }
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                let v = self.expr(&args[0], None)?;
                self.builtin_values(Builtin::Clear, vec![(v, t)])?;
                Ok(vec![])
            }
            Builtin::Close => {
                let t = self.ty(&args[0]);
                let v = self.expr(&args[0], None)?;
                self.builtin_values(Builtin::Close, vec![(v, t)])?;
                Ok(vec![])
            }
            _ => Err(self.unsupported(e.span, "this builtin")),
        }
    }

    fn is_string_type(&self, t: TypeId) -> bool {
        self.types()
            .basic_of(self.types().underlying(t))
            .is_some_and(|b| b.is_string())
    }

    fn minmax(&mut self, min: bool, t: TypeId, a: V, b: V) -> V {
        let basic = self.types().basic_of(self.types().underlying(t));
        if basic.is_some_and(|b| b.is_string()) {
            let (V::R(x), V::R(y)) = (a, b) else {
                unreachable!()
            };
            let c = self.rtcall(
                "gust_strcmp",
                &[ct::I64; 4],
                &[ct::I64],
                &[x[0], x[1], y[0], y[1]],
            )[0];
            let take_b = self.b.ins().icmp_imm_s(
                if min {
                    IntCC::SignedGreaterThan
                } else {
                    IntCC::SignedLessThan
                },
                c,
                0,
            );
            let p = self.b.ins().select(take_b, y[0], x[0]);
            let l = self.b.ins().select(take_b, y[1], x[1]);
            return V::R(vec![p, l]);
        }
        let x = a.one();
        let y = b.one();
        if basic.is_some_and(|b| b.is_float()) {
            let r = if min {
                self.b.ins().fmin(x, y)
            } else {
                self.b.ins().fmax(x, y)
            };
            let _ = FloatCC::Equal;
            return V::R(vec![r]);
        }
        let unsigned = basic.is_some_and(|b| b.is_unsigned());
        let cc = match (min, unsigned) {
            (true, true) => IntCC::UnsignedLessThan,
            (true, false) => IntCC::SignedLessThan,
            (false, true) => IntCC::UnsignedGreaterThan,
            (false, false) => IntCC::SignedGreaterThan,
        };
        let c = self.b.ins().icmp(cc, y, x);
        V::R(vec![self.b.ins().select(c, y, x)])
    }

    /// Builtins applied to evaluated values (also used by defer thunks).
    pub fn builtin_values(&mut self, b: Builtin, vals: Vec<(V, TypeId)>) -> Result<(), String> {
        let gp = self.gp;
        match b {
            Builtin::Panic => {
                let V::R(ws) = vals[0].0.clone() else {
                    unreachable!()
                };
                self.rtcall("gust_panic", &[ct::I64; 3], &[], &[gp, ws[0], ws[1]]);
                let uw = self.unwind_block();
                self.b.ins().jump(uw, &[]);
                self.dead_block();
            }
            Builtin::Close => {
                let c = vals[0].0.one();
                self.rtcall("gust_chanclose", &[ct::I64, ct::I64], &[], &[gp, c]);
                self.check_panic();
            }
            Builtin::Print | Builtin::Println => {
                let n = vals.len();
                for (i, (v, t)) in vals.into_iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.rtcall("gust_print_space", &[], &[], &[]);
                    }
                    self.print_one(v, t);
                }
                let _ = n;
                if b == Builtin::Println {
                    self.rtcall("gust_print_nl", &[], &[], &[]);
                }
            }
            Builtin::Delete => {
                let mt = vals[0].1;
                let Kind::Map(kt, _) = self.types().ukind(mt).clone() else {
                    unreachable!()
                };
                let m = vals[0].0.one();
                let kv = self.convert_assign(vals[1].0.clone(), vals[1].1, kt);
                let ka = match kv {
                    V::M(a) => a,
                    v => self.spill(kt, &v),
                };
                let d = self.desc_addr(mt);
                self.rtcall("gust_mapdelete", &[ct::I64; 4], &[], &[gp, d, m, ka]);
                self.check_panic();
            }
            Builtin::Clear => {
                let (v, t) = vals[0].clone();
                match self.types().ukind(t).clone() {
                    Kind::Map(..) => {
                        let d = self.desc_addr(t);
                        let m = v.one();
                        self.rtcall("gust_mapclear", &[ct::I64; 3], &[], &[gp, d, m]);
                    }
                    Kind::Slice(et) => {
                        let V::R(ws) = v else { unreachable!() };
                        let size = self.lay(et).size as i64;
                        let bytes = self.b.ins().imul_imm_s(ws[1], size);
                        let cfg = self.l.m.target_config();
                        let z = self.iconst(ct::I8, 0);
                        self.b.call_memset(cfg, ws[0], z, bytes);
                    }
                    _ => {}
                }
            }
            // `defer recover()`: recover is not called by a deferred
            // function, so it recovers nothing.
            Builtin::Recover => {}
            Builtin::Copy => {
                self.copy_values(&vals);
            }

            _ => return Err("internal error: builtin in defer".into()),
        }
        Ok(())
    }

    /// `copy(dst, src)` on evaluated operands (src a slice or a string):
    /// the number of elements copied.
    fn copy_values(&mut self, vals: &[(V, TypeId)]) -> Value {
        let dt = vals[0].1;
        let Kind::Slice(et) = self.types().ukind(dt).clone() else {
            unreachable!()
        };
        let (V::R(d), V::R(src)) = (vals[0].0.clone(), vals[1].0.clone()) else {
            unreachable!()
        };
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, d[1], src[1]);
        let n = self.b.ins().select(lt, d[1], src[1]);
        let size = self.lay(et).size as i64;
        let bytes = self.b.ins().imul_imm_s(n, size);
        let cfg = self.l.m.target_config();
        self.b.call_memmove(cfg, d[0], src[0], bytes);
        n
    }

    fn print_one(&mut self, v: V, t: TypeId) {
        let t = self.types().default_type(t);
        match self.types().ukind(t).clone() {
            Kind::Basic(bb) => {
                let w = v.clone();
                match bb {
                    Basic::Bool | Basic::UntypedBool => {
                        self.rtcall("gust_print_bool", &[ct::I8], &[], &[w.one()]);
                    }
                    Basic::String | Basic::UntypedString => {
                        let V::R(ws) = w else { unreachable!() };
                        self.rtcall("gust_print_string", &[ct::I64, ct::I64], &[], &ws);
                    }
                    Basic::Float32 => {
                        let f = self.b.ins().fpromote(ct::F64, w.one());
                        self.rtcall("gust_print_float", &[ct::F64], &[], &[f]);
                    }
                    Basic::Float64 | Basic::UntypedFloat => {
                        self.rtcall("gust_print_float", &[ct::F64], &[], &[w.one()]);
                    }
                    Basic::UnsafePointer | Basic::Uintptr => {
                        self.rtcall("gust_print_pointer", &[ct::I64], &[], &[w.one()]);
                    }
                    Basic::UntypedNil => {
                        let z = self.iconst(ct::I64, 0);
                        self.rtcall("gust_print_pointer", &[ct::I64], &[], &[z]);
                    }
                    b if b.is_unsigned() => {
                        let x = self.widen_i64(w.one(), t);
                        self.rtcall("gust_print_uint", &[ct::I64], &[], &[x]);
                    }
                    _ => {
                        let x = self.widen_i64(w.one(), t);
                        self.rtcall("gust_print_int", &[ct::I64], &[], &[x]);
                    }
                }
            }
            Kind::Interface(_) => {
                let V::R(ws) = v else { unreachable!() };
                self.rtcall("gust_print_iface", &[ct::I64, ct::I64], &[], &ws);
            }
            Kind::Slice(_) => {
                let V::R(ws) = v else { unreachable!() };
                self.rtcall("gust_print_slice", &[ct::I64; 3], &[], &ws);
            }
            _ => {
                let x = v.one();
                self.rtcall("gust_print_pointer", &[ct::I64], &[], &[x]);
            }
        }
    }

    fn append(&mut self, e: &'p Expr, args: &'p [Expr], spread: bool) -> Result<Vec<V>, String> {
        let st = self.ty_or(e, None);
        let Kind::Slice(et) = self.types().ukind(st).clone() else {
            unreachable!()
        };
        let V::R(s) = self.expr(&args[0], Some(st))? else {
            unreachable!()
        };
        // The values to append.
        let (n, src, elems): (Value, Option<Value>, Vec<V>) = if spread {
            let V::R(ws) = self.expr(&args[1], None)? else {
                unreachable!()
            };
            (ws[1], Some(ws[0]), vec![])
        } else {
            let mut elems = vec![];
            for a in &args[1..] {
                let v = self.expr(a, Some(et))?;
                let t = self.ty_or(a, Some(et));
                let v = self.convert_assign(v, t, et);
                let v = self.copied(et, v);
                elems.push(v);
            }
            (self.iconst(ct::I64, elems.len() as i64), None, elems)
        };
        self.append_values(st, s, n, src, elems)
    }

    /// Appends to slice words `s` (of type `st`) either `n` elements copied
    /// from `src` or the evaluated `elems`.
    fn append_values(
        &mut self,
        st: TypeId,
        s: Vec<Value>,
        n: Value,
        src: Option<Value>,
        elems: Vec<V>,
    ) -> Result<Vec<V>, String> {
        let Kind::Slice(et) = self.types().ukind(st).clone() else {
            unreachable!()
        };
        let size = self.lay(et).size as i64;
        let (ptr, len, cap) = (s[0], s[1], s[2]);
        let newlen = self.b.ins().iadd(len, n);
        let vp = self.b.declare_var(ct::I64);
        let vc = self.b.declare_var(ct::I64);
        self.b.def_var(vp, ptr);
        self.b.def_var(vc, cap);
        let grow = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, cap);
        let gb = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(gb);
        self.b.ins().brif(grow, gb, &[], done, &[]);
        self.b.switch_to_block(gb);
        let out = self.stack_slot(24, 8);
        let d = self.desc_addr(et);
        let gp = self.gp;
        self.rtcall(
            "gust_growslice",
            &[ct::I64; 7],
            &[],
            &[gp, d, ptr, len, cap, newlen, out],
        );
        self.check_panic();
        let np = self.b.ins().load(ct::I64, flags(), out, 0);
        let nc = self.b.ins().load(ct::I64, flags(), out, 16);
        self.b.def_var(vp, np);
        self.b.def_var(vc, nc);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        let p = self.b.use_var(vp);
        let c = self.b.use_var(vc);
        let off = self.b.ins().imul_imm_s(len, size);
        let dst = self.b.ins().iadd(p, off);
        if let Some(src) = src {
            let bytes = self.b.ins().imul_imm_s(n, size);
            let cfg = self.l.m.target_config();
            self.b.call_memmove(cfg, dst, src, bytes);
        } else {
            for (i, v) in elems.iter().enumerate() {
                self.store_val(et, v, dst, (size as i32) * i as i32);
            }
        }
        Ok(vec![V::R(vec![p, newlen, c])])
    }

    // ------------------------------------------------------------ conversions

    pub fn conversion(&mut self, x: &'p Expr, t: TypeId) -> Result<V, String> {
        let from = self.ty_or(x, Some(t));
        let from = if self.types().is_untyped(from) {
            self.types().default_type(from)
        } else {
            from
        };
        let v = self.expr(x, Some(from))?;
        if self.types().is_interface(t) {
            return Ok(self.convert_assign(v, from, t));
        }
        let fu = self.types().ukind(from).clone();
        let tu = self.types().ukind(t).clone();
        let gp = self.gp;
        match (fu, tu) {
            (Kind::Basic(fb), Kind::Basic(tb)) => {
                if tb.is_string() && fb.is_integer() {
                    let r = self.widen_i64(v.one(), from);
                    let s = self.rtcall(
                        "gust_intstring",
                        &[ct::I64, ct::I64],
                        &[ct::I64, ct::I64],
                        &[gp, r],
                    );
                    return Ok(V::R(s));
                }
                if tb.is_string() || fb.is_string() {
                    return Ok(v);
                }
                let fl = self.lay(from).repr;
                let tl = self.lay(t).repr;
                let (Repr::Scalar(fty), Repr::Scalar(tty)) = (fl, tl) else {
                    return Ok(v);
                };
                let x = v.one();
                let r = match (fb.is_float(), tb.is_float()) {
                    (false, false) => {
                        if fty.bits() > tty.bits() {
                            self.b.ins().ireduce(tty, x)
                        } else if fty.bits() < tty.bits() {
                            if fb.is_unsigned() {
                                self.b.ins().uextend(tty, x)
                            } else {
                                self.b.ins().sextend(tty, x)
                            }
                        } else {
                            x
                        }
                    }
                    (false, true) => {
                        if fb.is_unsigned() {
                            let x = self.widen_i64(x, from);
                            self.b.ins().fcvt_from_uint(tty, x)
                        } else {
                            let x = self.widen_i64(x, from);
                            self.b.ins().fcvt_from_sint(tty, x)
                        }
                    }
                    (true, false) => {
                        let i = if tb.is_unsigned() {
                            self.b.ins().fcvt_to_uint_sat(ct::I64, x)
                        } else {
                            self.b.ins().fcvt_to_sint_sat(ct::I64, x)
                        };
                        if tty == ct::I64 {
                            i
                        } else {
                            self.b.ins().ireduce(tty, i)
                        }
                    }
                    (true, true) => {
                        if fty == tty {
                            x
                        } else if fty == ct::F32 {
                            self.b.ins().fpromote(ct::F64, x)
                        } else {
                            self.b.ins().fdemote(ct::F32, x)
                        }
                    }
                };
                Ok(V::R(vec![r]))
            }
            (Kind::Slice(e), Kind::Basic(_)) => {
                let V::R(ws) = v else { unreachable!() };
                let eb = self.types().basic_of(self.types().underlying(e));
                let name = if matches!(eb, Some(Basic::Int32)) {
                    "gust_runes_to_string"
                } else {
                    "gust_bytes_to_string"
                };
                let s = self.rtcall(
                    name,
                    &[ct::I64; 3],
                    &[ct::I64, ct::I64],
                    &[gp, ws[0], ws[1]],
                );
                Ok(V::R(s))
            }
            (Kind::Slice(_), Kind::Pointer(at)) => {
                // Go 1.17: slice to array pointer; panics when too short.
                let n = match self.types().ukind(at) {
                    Kind::Array(n, _) => *n as i64,
                    _ => return Ok(v),
                };
                let V::R(ws) = v else { unreachable!() };
                let short = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, ws[1], n);
                let nv = self.iconst(ct::I64, n);
                self.panic_if(short, "gust_panic_slice_to_array", &[ws[1], nv]);
                Ok(V::R(vec![ws[0]]))
            }
            (Kind::Basic(_), Kind::Slice(e)) => {
                let V::R(ws) = v else { unreachable!() };
                let eb = self.types().basic_of(self.types().underlying(e));
                let name = if matches!(eb, Some(Basic::Int32)) {
                    "gust_string_to_runes"
                } else {
                    "gust_string_to_bytes"
                };
                let out = self.stack_slot(24, 8);
                self.rtcall(name, &[ct::I64; 4], &[], &[gp, ws[0], ws[1], out]);
                let st = t;
                Ok(self.load_val(st, out, 0))
            }
            _ => Ok(v),
        }
    }

    // ------------------------------------------------------------ composites

    pub fn composite(&mut self, e: &'p Expr, t: TypeId) -> Result<V, String> {
        let t = if self.types().is_untyped(t) || t == crate::types::INVALID {
            self.ty(e)
        } else {
            t
        };
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            unreachable!()
        };
        self.hoist_elements(elts)?;
        match self.types().ukind(t).clone() {
            Kind::Struct(_) | Kind::Array(..) => {
                let l = self.lay(t);
                let a = self.stack_slot(l.size, l.align);
                self.zero_mem(a, l.size, l.align);
                self.composite_into(e, t, a)?;
                Ok(V::M(a))
            }
            Kind::Pointer(b) => {
                let p = self.alloc(b);
                self.composite_into(e, b, p)?;
                Ok(V::R(vec![p]))
            }
            Kind::Slice(et) => {
                let idx = self.element_indices(elts);
                let n = idx.iter().max().map_or(0, |m| m + 1);
                let p = self.new_slice(et, n);
                let size = self.lay(et).size as i64;
                for (k, el) in elts.iter().enumerate() {
                    let off = self.b.ins().iadd_imm_s(p, idx[k] * size);
                    self.elem_into(&el.value, et, off)?;
                }
                let len = self.iconst(ct::I64, n);
                Ok(V::R(vec![p, len, len]))
            }
            Kind::Map(kt, vt) => {
                let d = self.desc_addr(t);
                let gp = self.gp;
                let hint = self.iconst(ct::I64, elts.len() as i64);
                let m = self.rtcall("gust_makemap", &[ct::I64; 3], &[ct::I64], &[gp, d, hint])[0];
                for el in elts {
                    let k = el.key.as_ref().unwrap();
                    let kv = self.elem_value(k, kt)?;
                    let ka = match kv {
                        V::M(a) => a,
                        v => self.spill(kt, &v),
                    };
                    let vv = self.elem_value(&el.value, vt)?;
                    let vv = self.copied(vt, vv);
                    let d = self.desc_addr(t);
                    let gp = self.gp;
                    let slot =
                        self.rtcall("gust_mapassign", &[ct::I64; 4], &[ct::I64], &[gp, d, m, ka])
                            [0];
                    self.check_panic();
                    self.store_val(vt, &vv, slot, 0);
                }
                Ok(V::R(vec![m]))
            }
            _ => Err(self.unsupported(e.span, "this composite literal")),
        }
    }

    fn element_indices(&self, elts: &[gust_grammar::ast::Element]) -> Vec<i64> {
        let mut out = vec![];
        let mut next = 0i64;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(c) = self.l.p.info.consts.get(&(self.file, k.id)) {
                    next = c.as_i64().unwrap_or(next);
                }
            }
            out.push(next);
            next += 1;
        }
        out
    }

    /// An element value of type `t` (elided composite types allowed).
    fn elem_value(&mut self, v: &'p Expr, t: TypeId) -> Result<V, String> {
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            return self.composite(v, t);
        }
        let val = self.expr(v, Some(t))?;
        let from = self.ty_or(v, Some(t));
        Ok(self.convert_assign(val, from, t))
    }

    fn elem_into(&mut self, v: &'p Expr, t: TypeId, addr: Value) -> Result<(), String> {
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            if matches!(self.types().ukind(t), Kind::Struct(_) | Kind::Array(..)) {
                return self.composite_into(v, t, addr);
            }
        }
        let val = self.elem_value(v, t)?;
        self.store_val(t, &val, addr, 0);
        Ok(())
    }

    /// Fills the zeroed struct/array at `addr` from literal `e`.
    /// `[]int{x, f()}`: the calls among the elements run before any
    /// element is read (see `hoist_calls`).
    fn hoist_elements(&mut self, elts: &'p [gust_grammar::ast::Element]) -> Result<(), String> {
        let call_after_first = elts.iter().skip(1).any(|el| {
            super::call::has_call(&el.value) || el.key.as_ref().is_some_and(super::call::has_call)
        });
        if call_after_first {
            for el in elts {
                if let Some(k) = &el.key {
                    self.hoist_calls(k)?;
                }
                self.hoist_calls(&el.value)?;
            }
        }
        Ok(())
    }

    pub fn composite_into(&mut self, e: &'p Expr, t: TypeId, addr: Value) -> Result<(), String> {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            unreachable!()
        };
        self.hoist_elements(elts)?;
        match self.types().ukind(t).clone() {
            Kind::Struct(fs) => {
                let offs = self.l.lay.field_offsets(&self.l.p.types, t);
                for (k, el) in elts.iter().enumerate() {
                    let i = match &el.key {
                        Some(key) => match &key.kind {
                            ExprKind::Ident(n) => fs.iter().position(|f| &f.name == n).unwrap_or(k),
                            _ => k,
                        },
                        None => k,
                    };
                    let fa = self.b.ins().iadd_imm_s(addr, offs[i] as i64);
                    self.elem_into(&el.value, fs[i].ty, fa)?;
                }
                Ok(())
            }
            Kind::Array(_, et) => {
                let idx = self.element_indices(elts);
                let size = self.lay(et).size as i64;
                for (k, el) in elts.iter().enumerate() {
                    let a = self.b.ins().iadd_imm_s(addr, idx[k] * size);
                    self.elem_into(&el.value, et, a)?;
                }
                Ok(())
            }
            _ => {
                let v = self.composite(e, t)?;
                self.store_val(t, &v, addr, 0);
                Ok(())
            }
        }
    }
}
