//! The calling convention of compiled Go functions (and of native stdlib
//! functions, which follow it too).
//!
//! `(gp, [closure], [out], params...) -> results`
//! - `gp`: the current goroutine (`*G`).
//! - `closure`: present for closure code (func literals, func-value
//!   wrappers, method values, thunks): the closure object.
//! - `out`: present when the results are more than two words or contain a
//!   struct/array: the caller's buffer, laid out like a struct of the
//!   results; the callee stores results there and returns nothing.
//! - params: each Go parameter (receiver first for methods) flattened:
//!   scalars one word, strings/interfaces two, slices three, structs and
//!   arrays as a pointer to a copy owned by the callee.
//! - results: otherwise returned in registers, flattened the same way.

use super::layout::Repr;
use super::Lower;
use crate::types::{Sig, TypeId};
use cranelift_codegen::ir::{types as ct, AbiParam, Signature};
use cranelift_module::Module;

#[derive(Clone, Debug)]
pub struct Abi {
    pub ctx: bool,
    pub out: bool,
    /// Go parameters including the receiver.
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub result_offsets: Vec<u64>,
    pub out_size: u64,
    pub out_align: u64,
}

/// The goroutine-pointer parameter: Cranelift's VM context, so functions
/// can check the stack against `G::stack_guard` in their prologue.
pub fn gp_param() -> AbiParam {
    AbiParam::special(ct::I64, cranelift_codegen::ir::ArgumentPurpose::VMContext)
}

impl<'p, M: Module> Lower<'p, M> {
    pub fn signature(&mut self, sig: &Sig, recv: Option<TypeId>, ctx: bool) -> (Signature, Abi) {
        let mut s = Signature::new(self.call_conv);
        s.params.push(gp_param());
        if ctx {
            s.params.push(AbiParam::new(ct::I64));
        }
        let mut params: Vec<TypeId> = recv.into_iter().collect();
        params.extend(sig.params.iter().copied());
        let mut words = 0;
        let mut has_mem = false;
        let mut offs = vec![];
        let mut off = 0u64;
        let mut align = 8u64;
        for &r in &sig.results {
            let l = self.lay.of(&self.p.types, r);
            if l.repr == Repr::Mem {
                has_mem = true;
            }
            words += l.repr.words().len();
            off = off.div_ceil(l.align) * l.align;
            offs.push(off);
            off += l.size;
            align = align.max(l.align);
        }
        let out = has_mem || words > 2;
        if out {
            s.params.push(AbiParam::new(ct::I64));
        } else {
            for &r in &sig.results {
                let l = self.lay.of(&self.p.types, r);
                for &w in l.repr.words() {
                    s.returns.push(AbiParam::new(w));
                }
            }
        }
        for &pt in &params {
            let l = self.lay.of(&self.p.types, pt);
            for &w in l.repr.words() {
                s.params.push(AbiParam::new(w));
            }
        }
        (
            s,
            Abi {
                ctx,
                out,
                params,
                results: sig.results.clone(),
                result_offsets: offs,
                out_size: off.div_ceil(align) * align,
                out_align: align,
            },
        )
    }
}
