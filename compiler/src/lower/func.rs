//! Function bodies: the builder context, locals, panic checks, unwinding,
//! and the jobs of the work list (functions, literals, wrappers, thunks).
//!
//! Invariants:
//! - Locals live in SSA variables unless they escape (address taken or
//!   captured by a closure: then a heap cell allocated when the
//!   declaration executes, so every loop iteration gets its own) or are
//!   structs/arrays (then a stack slot, or a heap cell if they escape).
//! - `V::M(addr)` values are views: whoever stores one copies the bytes.
//! - The unwind block runs the frame's deferred calls; if a deferred call
//!   recovered, the function returns its current results normally.

use super::abi::Abi;
use super::layout::Repr;
use super::{Job, Key, Lower};
use crate::check::{Builtin, ObjId};
use crate::types::TypeId;
use cranelift_codegen::ir::{
    self, types as ct, Block, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{FuncId, Linkage, Module};
use gust_grammar::ast;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub const G_PREEMPT: i32 = 8;
pub const G_PANICKING: i32 = 12;
pub const G_DEFER_FP: i32 = 16;

/// Key of a memoised element address: (slice variable, index variable or
/// constant index).
pub type MemoKey = (ObjId, Result<ObjId, i64>);

/// A Go value in the lowering: register words, or the address of a
/// struct/array value in memory.
#[derive(Clone, Debug)]
pub enum V {
    R(Vec<Value>),
    M(Value),
}

impl V {
    pub fn one(&self) -> Value {
        match self {
            V::R(v) => v[0],
            V::M(a) => *a,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Local {
    Vars(Vec<Variable>),
    Slot(ir::StackSlot),
    /// Variable holding the heap cell's address.
    Heap(Variable),
}

/// How a thunk calls its target with the captured values.
#[derive(Clone, Debug)]
pub struct ThunkPlan {
    pub captured: Vec<TypeId>,
    pub shape: Shape,
    /// The thunk runs a `go` statement's call, not a deferred one.
    pub go_stmt: bool,
}

#[derive(Clone, Debug)]
pub enum Shape {
    /// A known function; captured values are its Go parameters.
    Direct { func: FuncId, abi: Abi },
    /// captured[0] is a func value of type `sig`.
    Closure { sig: TypeId },
    /// captured[0] is an interface value; call its method `index`.
    Iface { iface: TypeId, index: usize },
    /// A builtin applied to the captured values.
    Builtin { b: Builtin },
}

pub struct LoopCx {
    pub label: Option<String>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub struct Fx<'a, 'p, M: Module> {
    pub l: &'a mut Lower<'p, M>,
    pub b: FunctionBuilder<'a>,
    pub file: usize,
    pub gp: Value,
    pub ctx: Option<Value>,
    pub out: Option<Value>,
    pub locals: HashMap<ObjId, Local>,
    pub local_types: HashMap<ObjId, TypeId>,
    pub escapes: Rc<super::escape::EscapeInfo>,
    pub abi: Abi,
    pub result_locals: Vec<(Local, TypeId)>,
    pub has_defer: bool,
    pub unwind: Option<Block>,
    pub tail: Option<Block>,
    pub loops: Vec<LoopCx>,
    pub labels: HashMap<String, Block>,
    pub lit_counter: Rc<std::cell::Cell<u32>>,
    pub name: String,
    pub func_refs: HashMap<FuncId, ir::FuncRef>,
    pub label_next: Option<String>,
    pub pending_recv: Option<V>,
    pub map_slot: Option<Value>,
    /// Assignments of a `for k, v = range` loop waiting until both
    /// left-hand places are evaluated (Go assigns them in parallel).
    pub range_pending: Option<Vec<(super::expr::Place, TypeId, V)>>,
    /// The first source line set: the function's declaration.
    pub entry_line: Option<u32>,
    /// (index, slice) variable pairs known to be in bounds (range loops).
    pub inbounds: Vec<(ObjId, ObjId)>,
    /// Element addresses computed while lowering one tuple assignment,
    /// by (slice variable, index variable or constant).
    pub addr_memo: Option<HashMap<MemoKey, Value>>,
    /// The call being emitted cannot panic (no check after it).
    pub pending_nopanic: bool,
    /// Results of calls evaluated ahead of the expression they sit in
    /// (`Fx::hoist_calls`), by (file, call expression id); each is
    /// consumed by the one `call_multi` of that call.
    pub hoisted: HashMap<(usize, ast::NodeId), Vec<V>>,
}

pub fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    pub fn types(&self) -> &'p crate::types::Types {
        &self.l.p.types
    }

    pub fn lay(&mut self, t: TypeId) -> super::layout::Layout {
        self.l.lay.of(&self.l.p.types, t)
    }

    pub fn fref(&mut self, f: FuncId) -> ir::FuncRef {
        if let Some(&r) = self.func_refs.get(&f) {
            return r;
        }
        let r = self.l.m.declare_func_in_func(f, self.b.func);
        self.func_refs.insert(f, r);
        r
    }

    /// Calls a runtime function.
    pub fn rtcall(
        &mut self,
        name: &'static str,
        params: &[ir::Type],
        rets: &[ir::Type],
        args: &[Value],
    ) -> Vec<Value> {
        let f = self.l.rt(name, params, rets);
        let r = self.fref(f);
        let call = self.b.ins().call(r, args);
        self.b.inst_results(call).to_vec()
    }

    pub fn iconst(&mut self, ty: ir::Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    pub fn set_line(&mut self, pos: u32) {
        let line = self.l.line_of(self.file, pos);
        if self.entry_line.is_none() {
            self.entry_line = Some(line);
        }
        self.b.set_srcloc(ir::SourceLoc::new(line));
    }

    // ------------------------------------------------------------ panics

    pub fn unwind_block(&mut self) -> Block {
        if let Some(b) = self.unwind {
            return b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        self.unwind = Some(b);
        b
    }

    /// After a call that may panic: unwind if `G::panicking` is set.
    pub fn check_panic(&mut self) {
        let flag = self.b.ins().load(ct::I32, flags(), self.gp, G_PANICKING);
        let uw = self.unwind_block();
        let cont = self.b.create_block();
        self.b.ins().brif(flag, uw, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Emits `if cond { runtime panic call; unwind }`.
    pub fn panic_if(&mut self, cond: Value, name: &'static str, args: &[Value]) {
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        let cont = self.b.create_block();
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let mut all = vec![self.gp];
        all.extend_from_slice(args);
        let params: Vec<ir::Type> = all.iter().map(|v| self.b.func.dfg.value_type(*v)).collect();
        self.rtcall(name, &params, &[], &all);
        let uw = self.unwind_block();
        self.b.ins().jump(uw, &[]);
        self.b.switch_to_block(cont);
    }

    /// Nil check of a pointer about to be dereferenced.
    pub fn nil_check(&mut self, p: Value) {
        let z = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, p, 0);
        self.panic_if(z, "gust_panic_nil", &[]);
    }

    pub fn fp(&mut self) -> Value {
        self.b.ins().get_frame_pointer(ct::I64)
    }

    /// Emits the zero-result return used while unwinding.
    pub fn zero_return(&mut self) {
        let rets: Vec<ir::Type> = self
            .b
            .func
            .signature
            .returns
            .iter()
            .map(|p| p.value_type)
            .collect();
        let vals: Vec<Value> = rets.iter().map(|&t| self.zero_of_type(t)).collect();
        self.b.ins().return_(&vals);
    }

    pub fn zero_of_type(&mut self, t: ir::Type) -> Value {
        match t {
            ct::F32 => self.b.ins().f32const(0.0),
            ct::F64 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(t, 0),
        }
    }

    // ------------------------------------------------------------ memory

    /// `v` itself, or for a value in memory a copy in a fresh temporary
    /// (so later writes to its source do not show through).
    pub fn copied(&mut self, t: TypeId, v: V) -> V {
        match v {
            V::M(a) => V::M(self.spill(t, &V::M(a))),
            v => v,
        }
    }

    pub fn load_val(&mut self, t: TypeId, addr: Value, off: i32) -> V {
        let l = self.lay(t);
        match l.repr {
            Repr::Mem => {
                if off == 0 {
                    V::M(addr)
                } else {
                    V::M(self.b.ins().iadd_imm_s(addr, off as i64))
                }
            }
            r => {
                let ws = r.words();
                let vals = ws
                    .iter()
                    .enumerate()
                    .map(|(i, &w)| self.b.ins().load(w, flags(), addr, off + 8 * i as i32))
                    .collect();
                V::R(vals)
            }
        }
    }

    pub fn store_val(&mut self, t: TypeId, v: &V, addr: Value, off: i32) {
        let l = self.lay(t);
        match v {
            V::R(ws) => {
                for (i, w) in ws.iter().enumerate() {
                    self.b.ins().store(flags(), *w, addr, off + 8 * i as i32);
                }
            }
            V::M(src) => {
                let dst = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                self.copy_mem(dst, *src, l.size, l.align);
            }
        }
    }

    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let cfg = self.l.m.target_config();
        let align = align.min(size & size.wrapping_neg());
        if size <= 128 {
            self.b.emit_small_memory_copy(
                cfg,
                dst,
                src,
                size,
                align.min(8) as u8,
                align.min(8) as u8,
                false,
                MemFlagsData::new(),
            );
        } else {
            let n = self.iconst(ct::I64, size as i64);
            self.b.call_memmove(cfg, dst, src, n);
        }
    }

    pub fn zero_mem(&mut self, dst: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let cfg = self.l.m.target_config();
        let align = align.min(size & size.wrapping_neg());
        if size <= 128 {
            self.b
                .emit_small_memset(cfg, dst, 0, size, align.min(8) as u8, MemFlagsData::new());
        } else {
            let z = self.iconst(ct::I8, 0);
            let n = self.iconst(ct::I64, size as i64);
            self.b.call_memset(cfg, dst, z, n);
        }
    }

    pub fn stack_slot(&mut self, size: u64, align: u64) -> Value {
        let shift = align.max(1).trailing_zeros() as u8;
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1) as u32,
            shift.max(3),
        ));
        self.b.ins().stack_addr(ct::I64, ss, 0)
    }

    /// A fresh temporary holding a copy of `v` (for struct values that
    /// must not alias their source).
    pub fn spill(&mut self, t: TypeId, v: &V) -> Value {
        let l = self.lay(t);
        let a = self.stack_slot(l.size, l.align);
        self.store_val(t, v, a, 0);
        a
    }

    pub fn zero_val(&mut self, t: TypeId) -> V {
        let l = self.lay(t);
        match l.repr {
            Repr::Mem => {
                let a = self.stack_slot(l.size, l.align);
                self.zero_mem(a, l.size, l.align);
                V::M(a)
            }
            r => {
                let ws = r.words().to_vec();
                V::R(ws.into_iter().map(|w| self.zero_of_type(w)).collect())
            }
        }
    }

    pub fn desc_addr(&mut self, t: TypeId) -> Value {
        let d = self.l.desc(t);
        let gv = self.l.m.declare_data_in_func(d, self.b.func);
        self.b.ins().symbol_value(ct::I64, gv)
    }

    pub fn data_addr(&mut self, d: cranelift_module::DataId) -> Value {
        let gv = self.l.m.declare_data_in_func(d, self.b.func);
        self.b.ins().symbol_value(ct::I64, gv)
    }

    /// Allocates a zeroed heap object of type `t`.
    pub fn alloc(&mut self, t: TypeId) -> Value {
        let d = self.desc_addr(t);
        let gp = self.gp;
        self.rtcall("gust_alloc", &[ct::I64, ct::I64], &[ct::I64], &[gp, d])[0]
    }

    // ------------------------------------------------------------ locals

    /// Declares local `o` of type `t`, zero-initialised unless `init` is
    /// given.
    pub fn declare_local(&mut self, o: ObjId, t: TypeId, init: Option<V>) {
        let l = self.lay(t);
        let local = if self.escapes.contains(&o) {
            let cell = self.alloc(t);
            let var = self.b.declare_var(ct::I64);
            self.b.def_var(var, cell);
            if let Some(v) = &init {
                self.store_val(t, v, cell, 0);
            }
            Local::Heap(var)
        } else if l.repr == Repr::Mem || self.escapes.stack.contains(&o) {
            let shift = l.align.max(1).trailing_zeros() as u8;
            let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                l.size.max(1) as u32,
                shift.max(3),
            ));
            let a = self.b.ins().stack_addr(ct::I64, ss, 0);
            match &init {
                Some(v) => self.store_val(t, v, a, 0),
                None => self.zero_mem(a, l.size, l.align),
            }
            Local::Slot(ss)
        } else {
            let ws = l.repr.words().to_vec();
            let vals = match init {
                Some(V::R(v)) => v,
                _ => ws.iter().map(|&w| self.zero_of_type(w)).collect(),
            };
            let vars: Vec<Variable> = ws
                .iter()
                .zip(vals)
                .map(|(&w, v)| {
                    let var = self.b.declare_var(w);
                    self.b.def_var(var, v);
                    var
                })
                .collect();
            Local::Vars(vars)
        };
        self.locals.insert(o, local);
        self.local_types.insert(o, t);
    }

    pub fn read_local(&mut self, o: ObjId) -> V {
        let t = self.local_types[&o];
        match self.locals[&o].clone() {
            Local::Vars(vs) => V::R(vs.iter().map(|v| self.b.use_var(*v)).collect()),
            Local::Slot(ss) => {
                let a = self.b.ins().stack_addr(ct::I64, ss, 0);
                self.load_val(t, a, 0)
            }
            Local::Heap(var) => {
                let a = self.b.use_var(var);
                self.load_val(t, a, 0)
            }
        }
    }

    pub fn write_local(&mut self, o: ObjId, v: &V) {
        let t = self.local_types[&o];
        match self.locals[&o].clone() {
            Local::Vars(vs) => {
                if let V::R(ws) = v {
                    for (var, w) in vs.iter().zip(ws) {
                        self.b.def_var(*var, *w);
                    }
                }
            }
            Local::Slot(ss) => {
                let a = self.b.ins().stack_addr(ct::I64, ss, 0);
                self.store_val(t, v, a, 0);
            }
            Local::Heap(var) => {
                let a = self.b.use_var(var);
                self.store_val(t, v, a, 0);
            }
        }
    }

    /// The address of an addressable local (slot or heap cell).
    pub fn local_addr(&mut self, o: ObjId) -> Option<Value> {
        match self.locals.get(&o)?.clone() {
            Local::Vars(_) => None,
            Local::Slot(ss) => Some(self.b.ins().stack_addr(ct::I64, ss, 0)),
            Local::Heap(var) => Some(self.b.use_var(var)),
        }
    }

    /// Gives a heap local a fresh cell holding its current value (Go 1.22
    /// per-iteration loop variables).
    pub fn renew_cell(&mut self, o: ObjId) {
        if let Some(Local::Heap(var)) = self.locals.get(&o).cloned() {
            let t = self.local_types[&o];
            let old = self.b.use_var(var);
            let cur = self.load_val(t, old, 0);
            let cell = self.alloc(t);
            self.store_val(t, &cur, cell, 0);
            self.b.def_var(var, cell);
        }
    }

    /// Back-edge preemption poll.
    pub fn poll(&mut self) {
        let flag = self.b.ins().load(ct::I32, flags(), self.gp, G_PREEMPT);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        let cont = self.b.create_block();
        self.b.ins().brif(flag, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let gp = self.gp;
        // Through a preserve-all trampoline: the hot loop keeps its
        // registers across this rarely taken call.
        let f = self.l.preempt_trampoline();
        let r = self.fref(f);
        self.b.ins().call(r, &[gp]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Ends the current block if it is still open and starts a new,
    /// unreachable one (after return, break, goto, panic).
    pub fn dead_block(&mut self) {
        let b = self.b.create_block();
        self.b.switch_to_block(b);
    }

    // ------------------------------------------------------------ returns

    /// Returns `vals` (already converted to the result types).
    pub fn do_return(&mut self, vals: Vec<V>) {
        if self.has_defer {
            for (i, v) in vals.iter().enumerate() {
                let (loc, t) = self.result_locals[i].clone();
                self.write_res(&loc, t, v);
            }
            let fp = self.fp();
            let gp = self.gp;
            self.rtcall("gust_defer_run", &[ct::I64, ct::I64], &[], &[gp, fp]);
            self.check_panic();
            let tail = self.tail_block();
            self.b.ins().jump(tail, &[]);
        } else {
            self.emit_return(vals);
        }
        self.dead_block();
    }

    pub fn write_res(&mut self, loc: &Local, t: TypeId, v: &V) {
        match loc {
            Local::Vars(vs) => {
                if let V::R(ws) = v {
                    for (var, w) in vs.iter().zip(ws) {
                        self.b.def_var(*var, *w);
                    }
                }
            }
            Local::Slot(ss) => {
                let a = self.b.ins().stack_addr(ct::I64, *ss, 0);
                self.store_val(t, v, a, 0);
            }
            Local::Heap(var) => {
                let a = self.b.use_var(*var);
                self.store_val(t, v, a, 0);
            }
        }
    }

    pub fn read_res(&mut self, loc: &Local, t: TypeId) -> V {
        match loc {
            Local::Vars(vs) => V::R(vs.iter().map(|v| self.b.use_var(*v)).collect()),
            Local::Slot(ss) => {
                let a = self.b.ins().stack_addr(ct::I64, *ss, 0);
                self.load_val(t, a, 0)
            }
            Local::Heap(var) => {
                let a = self.b.use_var(*var);
                self.load_val(t, a, 0)
            }
        }
    }

    pub fn tail_block(&mut self) -> Block {
        if let Some(b) = self.tail {
            return b;
        }
        let b = self.b.create_block();
        self.tail = Some(b);
        b
    }

    pub fn emit_return(&mut self, vals: Vec<V>) {
        let abi = self.abi.clone();
        if abi.out {
            let out = self.out.unwrap();
            for (i, v) in vals.iter().enumerate() {
                self.store_val(abi.results[i], v, out, abi.result_offsets[i] as i32);
            }
            self.b.ins().return_(&[]);
        } else {
            let mut ws = vec![];
            for v in vals {
                if let V::R(w) = v {
                    ws.extend(w);
                }
            }
            self.b.ins().return_(&ws);
        }
    }

    /// Finishes the function: unwind and tail blocks.
    pub fn finish_blocks(&mut self) {
        if let Some(uw) = self.unwind {
            self.b.switch_to_block(uw);
            if self.has_defer {
                let fp = self.fp();
                let gp = self.gp;
                self.rtcall("gust_defer_run", &[ct::I64, ct::I64], &[], &[gp, fp]);
                let flag = self.b.ins().load(ct::I32, flags(), self.gp, G_PANICKING);
                let die = self.b.create_block();
                let tail = self.tail_block();
                self.b.ins().brif(flag, die, &[], tail, &[]);
                self.b.switch_to_block(die);
            }
            self.zero_return();
        }
        if let Some(t) = self.tail {
            self.b.switch_to_block(t);
            let rl = self.result_locals.clone();
            let vals: Vec<V> = rl.iter().map(|(l, t)| self.read_res(l, *t)).collect();
            self.emit_return(vals);
        }
    }
}

// ------------------------------------------------------------ building

/// Creates a builder for function `id` and runs `body` in it.
#[allow(clippy::too_many_arguments)]
pub fn build<'p, M: Module>(
    l: &mut Lower<'p, M>,
    id: FuncId,
    name: String,
    file: usize,
    abi: Abi,
    escapes: Rc<super::escape::EscapeInfo>,
    lit_counter: Rc<std::cell::Cell<u32>>,
    body: impl FnOnce(&mut Fx<'_, 'p, M>) -> Result<(), String>,
) -> Result<(), String> {
    let signature = l.m.declarations().get_function_decl(id).signature.clone();
    let mut ctx = Context::new();
    ctx.func.signature = signature;
    ctx.func.name = ir::UserFuncName::user(0, id.as_u32());
    // Prologue stack check against `G::stack_guard` (offset 0): a trap
    // the runtime reports as Go's "stack overflow" fatal error.
    let vmctx = ctx.func.create_global_value(ir::GlobalValueData::VMContext);
    let trusted = ctx
        .func
        .dfg
        .mem_flags
        .insert_unchecked(MemFlagsData::trusted());
    let limit = ctx.func.create_global_value(ir::GlobalValueData::Load {
        base: vmctx,
        offset: 0.into(),
        global_type: ct::I64,
        flags: trusted,
    });
    ctx.func.stack_limit = Some(limit);
    let mut fctx = std::mem::take(&mut l.fctx);
    let entry_line;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let gp = params[0];
        let mut i = 1;
        let ctxv = if abi.ctx {
            i += 1;
            Some(params[1])
        } else {
            None
        };
        let out = if abi.out {
            i += 1;
            Some(params[i - 1])
        } else {
            None
        };
        let _ = i;
        let mut fx = Fx {
            l: &mut *l,
            b,
            file,
            gp,
            ctx: ctxv,
            out,
            locals: HashMap::new(),
            local_types: HashMap::new(),
            escapes,
            abi,
            result_locals: vec![],
            has_defer: false,
            unwind: None,
            tail: None,
            loops: vec![],
            labels: HashMap::new(),
            lit_counter,
            name: name.clone(),
            func_refs: HashMap::new(),
            label_next: None,
            pending_recv: None,
            map_slot: None,
            range_pending: None,
            entry_line: None,
            inbounds: vec![],
            addr_memo: None,
            pending_nopanic: false,
            hoisted: HashMap::new(),
        };
        body(&mut fx)?;
        entry_line = fx.entry_line;
        fx.finish_blocks();
        fx.b.seal_all_blocks();
        let cfg = fx.l.m.target_config();
        fx.b.finalize(cfg);
    }
    l.fctx = fctx;
    // Debugging aid: GUST_DUMP=name prints the IR and machine code of the
    // functions whose name contains `name`.
    let dump = std::env::var("GUST_DUMP")
        .ok()
        .filter(|d| !d.is_empty() && name.contains(d.as_str()));
    if dump.is_some() {
        eprintln!("; {name}\n{}", ctx.func.display());
        ctx.set_disasm(true);
    }
    l.m.define_function(id, &mut ctx)
        .map_err(|e| format!("internal error: compiling {name}: {e:?}"))?;
    let cc = ctx.compiled_code().unwrap();
    if dump.is_some() {
        if let Some(v) = &cc.vcode {
            eprintln!("{v}");
        }
    }
    let size = cc.code_info().total_size;
    let mut lines: Vec<(u32, u32)> = cc
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|s| !s.loc.is_default())
        .map(|s| (s.start, s.loc.bits()))
        .collect();
    lines.sort();
    // Offset 0 carries the declaration's line: the line Go reports for a
    // frame stopped in its prologue (stack overflow).
    if let Some(el) = entry_line {
        lines.insert(0, (0, el));
    }
    let file_path = l
        .sources
        .get(file)
        .map(|s| s.path.clone())
        .unwrap_or_default();
    l.metas.push(super::FuncMeta {
        id,
        name,
        file: file_path,
        size,
        lines,
    });
    Ok(())
}

impl<'p, M: Module> Lower<'p, M> {
    /// `gust.preempt(gp)`, with the preserve-all convention, calling the
    /// runtime's `gust_preempt`.
    pub fn preempt_trampoline(&mut self) -> FuncId {
        if let Some(&f) = self.rt.get("gust.preempt") {
            return f;
        }
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::PreserveAll);
        sig.params.push(ir::AbiParam::new(ct::I64));
        let id = self
            .m
            .declare_function("gust.preempt", Linkage::Local, &sig)
            .unwrap();
        self.rt.insert("gust.preempt", id);
        let target = self.rt("gust_preempt", &[ct::I64], &[]);
        let mut ctx = Context::new();
        ctx.func.signature = sig;
        let mut fctx = std::mem::take(&mut self.fctx);
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let gp = b.block_params(entry)[0];
            let r = self.m.declare_func_in_func(target, b.func);
            b.ins().call(r, &[gp]);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            let cfg = self.m.target_config();
            b.finalize(cfg);
        }
        self.fctx = fctx;
        self.m.define_function(id, &mut ctx).unwrap();
        id
    }
}

/// `build` for generated code (wrappers, thunks, the entry): no user
/// locals escape and no literals are numbered.
pub fn build_wrapper<'p, M: Module>(
    l: &mut Lower<'p, M>,
    id: FuncId,
    name: String,
    abi: Abi,
    body: impl FnOnce(&mut Fx<'_, 'p, M>) -> Result<(), String>,
) -> Result<(), String> {
    let none = Rc::new(super::escape::EscapeInfo::default());
    build(
        l,
        id,
        name,
        0,
        abi,
        none,
        Rc::new(std::cell::Cell::new(0)),
        body,
    )?;
    // Tracebacks show wrappers as Go does: `<autogenerated>:1`.
    if let Some(m) = l.metas.last_mut() {
        m.file = "<autogenerated>".into();
        m.lines = vec![(0, 1)];
    }
    Ok(())
}

/// The incoming Go parameters as values, in order.
pub fn incoming_params<M: Module>(fx: &mut Fx<'_, '_, M>) -> Vec<V> {
    let entry = fx.b.current_block().unwrap();
    let params = fx.b.block_params(entry).to_vec();
    let mut i = 1 + fx.abi.ctx as usize + fx.abi.out as usize;
    let mut out = vec![];
    for t in fx.abi.params.clone() {
        let l = fx.lay(t);
        if l.repr == Repr::Mem {
            out.push(V::M(params[i]));
            i += 1;
        } else {
            let n = l.repr.words().len();
            out.push(V::R(params[i..i + n].to_vec()));
            i += n;
        }
    }
    out
}

pub fn build_job<'p, M: Module>(l: &mut Lower<'p, M>, job: Job<'p>) -> Result<(), String> {
    match job {
        Job::Func(o) => build_func(l, o),
        Job::Lit {
            file,
            expr,
            captures,
            escapes,
            name,
            counter,
        } => super::call::build_lit(l, file, expr, captures, escapes, name, counter),
        Job::FuncVal(o) => build_funcval(l, o),
        Job::IfaceWrap(t, n) => super::call::build_iface_wrap(l, t, &n),
        Job::MethodVal(t, n) => super::call::build_method_val(l, t, &n),
        Job::MethodExprDeref(o, pt) => super::call::build_method_expr_deref(l, o, pt),
        Job::MethodExpr(t, n) => super::call::build_method_expr(l, t, &n),
        Job::Thunk(n, plan) => super::call::build_thunk(l, n, plan),
    }
}

fn build_func<M: Module>(l: &mut Lower<'_, M>, o: ObjId) -> Result<(), String> {
    let (file, fd) = l.decls[&o];
    let id = l.funcs[&Key::Obj(o)];
    let obj_ty = l.p.objs[o.0 as usize].ty;
    let sig = l.p.types.sig(obj_ty).cloned().unwrap();
    let recv = fd.recv.as_ref().map(|_| l.recv_type(o));
    let (_, abi) = l.signature(&sig, recv, false);
    let name = l.func_name(o);
    let escapes = Rc::new(
        l.leaks
            .analyze(l.p, &l.decls, file, fd.body.as_ref().unwrap()),
    );
    let counter = Rc::new(std::cell::Cell::new(0));
    build(l, id, name, file, abi, escapes, counter, |fx| {
        fx.set_line(fd.span.lo);
        let params = incoming_params(fx);
        let mut all: Vec<&ast::Param> = vec![];
        if let Some(r) = &fd.recv {
            all.push(r);
        }
        all.extend(fd.sig.params.iter());
        fx.bind_params(&all, params);
        fx.bind_results(&fd.sig.results);
        fx.set_line(fd.span.lo);
        fx.body(fd.body.as_ref().unwrap())?;
        Ok(())
    })
}

/// `f` used as a func value: a closure-convention wrapper calling `f`.
fn build_funcval<M: Module>(l: &mut Lower<'_, M>, o: ObjId) -> Result<(), String> {
    let id = l.funcs[&Key::FuncVal(o)];
    let obj_ty = l.p.objs[o.0 as usize].ty;
    let sig = l.p.types.sig(obj_ty).cloned().unwrap();
    let recv = l.method_recv(o);
    let (_, abi) = l.signature(&sig, recv, true);
    let target = l.func_id(o);
    let name = format!("{}·f", l.func_name(o));
    build_wrapper(l, id, name, abi, |fx| {
        let entry = fx.b.current_block().unwrap();
        let params = fx.b.block_params(entry).to_vec();
        // Drop the closure parameter.
        let mut args = vec![params[0]];
        args.extend_from_slice(&params[2..]);
        let r = fx.fref(target);
        let call = fx.b.ins().call(r, &args);
        let rets = fx.b.inst_results(call).to_vec();
        fx.b.ins().return_(&rets);
        fx.dead_block();
        Ok(())
    })
}

/// The program entry `gust.main(gp)`: package variables and `init`
/// functions in dependency order, then `main.main`.
pub fn build_entry<M: Module>(l: &mut Lower<'_, M>) -> Result<FuncId, String> {
    let mut sig = ir::Signature::new(l.call_conv);
    sig.params.push(super::abi::gp_param());
    let id =
        l.m.declare_function("gust.main", Linkage::Export, &sig)
            .map_err(|e| e.to_string())?;
    let abi = Abi {
        ctx: false,
        out: false,
        params: vec![],
        results: vec![],
        result_offsets: vec![],
        out_size: 0,
        out_align: 8,
    };
    let p = l.p;
    // Package order: library files come in dependency order after file 0.
    let mut file_order: Vec<usize> = (1..p.files.len()).collect();
    file_order.push(0);
    let mut pkg_order: Vec<usize> = vec![];
    for &f in &file_order {
        let pk = p.file_pkg[f];
        if !pkg_order.contains(&pk) {
            pkg_order.push(pk);
        }
    }
    let main_obj = p.files[0].1.decls.iter().find_map(|d| match d {
        ast::Decl::Func(fd) if fd.recv.is_none() && fd.name.name == "main" => {
            p.info.defs.get(&(0, fd.name.span.lo)).copied()
        }
        _ => None,
    });
    let Some(main_obj) = main_obj else {
        return Err("function main is undeclared in the main package".into());
    };
    build_wrapper(l, id, "runtime.main".into(), abi, |fx| {
        // The collector's roots: every package variable holding pointers
        // (the table is filled in once all code is lowered).
        let roots = fx.l.gc_roots_table();
        let addr = fx.data_addr(roots);
        let gp = fx.gp;
        fx.rtcall("gust_gc_roots", &[ct::I64, ct::I64], &[], &[gp, addr]);
        for pk in pkg_order {
            let pkg_path = p.pkgs[pk].path.clone();
            // Variables, in the checker's initialisation order.
            let mut done_specs: HashSet<*const ast::VarSpec> = HashSet::new();
            for &o in &p.info.init_order {
                if p.objs[o.0 as usize].pkg != pkg_path {
                    continue;
                }
                let Some(&(file, spec, _)) = fx.l.var_specs.get(&o) else {
                    continue;
                };
                if !done_specs.insert(spec as *const _) {
                    continue;
                }
                fx.file = file;
                fx.init_global_spec(file, spec)?;
            }
            // init functions, in file order.
            for (fi, (_, f)) in p.files.iter().enumerate() {
                if p.file_pkg[fi] != pk {
                    continue;
                }
                for d in &f.decls {
                    if let ast::Decl::Func(fd) = d {
                        if fd.recv.is_none() && fd.name.name == "init" {
                            if let Some(&o) = p.info.defs.get(&(fi, fd.name.span.lo)) {
                                let fid = fx.l.func_id(o);
                                let r = fx.fref(fid);
                                let gp = fx.gp;
                                fx.b.ins().call(r, &[gp]);
                                fx.check_panic();
                            }
                        }
                    }
                }
            }
        }
        fx.file = 0;
        let fid = fx.l.func_id(main_obj);
        let r = fx.fref(fid);
        let gp = fx.gp;
        fx.b.ins().call(r, &[gp]);
        fx.b.ins().return_(&[]);
        fx.dead_block();
        Ok(())
    })?;
    Ok(id)
}

impl<'a, 'p, M: Module> Fx<'a, 'p, M> {
    pub fn bind_params(&mut self, ps: &[&ast::Param], vals: Vec<V>) {
        let mut vals = vals.into_iter();
        for p in ps {
            let v = vals.next().unwrap();
            let Some(n) = &p.name else { continue };
            let Some(&o) = self.l.p.info.defs.get(&(self.file, n.span.lo)) else {
                continue;
            };
            let t = self.l.p.objs[o.0 as usize].ty;
            self.declare_local(o, t, Some(v));
        }
    }

    pub fn bind_results(&mut self, rs: &[ast::Param]) {
        let results = self.abi.results.clone();
        for (i, t) in results.iter().enumerate() {
            let named = rs
                .get(i)
                .and_then(|p| p.name.as_ref())
                .and_then(|n| self.l.p.info.defs.get(&(self.file, n.span.lo)).copied());
            match named {
                Some(o) => {
                    self.declare_local(o, *t, None);
                    let loc = self.locals[&o].clone();
                    self.result_locals.push((loc, *t));
                }
                None => {
                    let l = self.lay(*t);
                    let loc = if l.repr == Repr::Mem {
                        let shift = l.align.max(1).trailing_zeros() as u8;
                        Local::Slot(self.b.create_sized_stack_slot(StackSlotData::new(
                            StackSlotKind::ExplicitSlot,
                            l.size.max(1) as u32,
                            shift.max(3),
                        )))
                    } else {
                        let ws = l.repr.words().to_vec();
                        Local::Vars(
                            ws.iter()
                                .map(|&w| {
                                    let var = self.b.declare_var(w);
                                    let z = self.zero_of_type(w);
                                    self.b.def_var(var, z);
                                    var
                                })
                                .collect(),
                        )
                    };
                    self.result_locals.push((loc, *t));
                }
            }
        }
    }
}
