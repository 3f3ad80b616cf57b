//! The JIT driver: a `cranelift_module::Module` backed by executable memory.
//!
//! Invariants (facts measured in ../shared/notes/runtime-research.md):
//! - One up-front code reservation (`ArenaMemoryProvider`): with the default
//!   provider, x86 calls more than ±2 GiB apart panic in Cranelift 0.135.
//! - Frame pointers are preserved so goroutine stacks can be walked.
//! - `is_pic = false` (the JIT module requires it); AOT objects use PIC.
//! - Runtime functions are registered as symbols by name; code refers to
//!   them as imported functions with the SysV (`extern "C"`) convention.
//! - Functions may be added after `finalize`; earlier pointers stay valid.
//! - API facts of 0.135.8: `FunctionBuilder::finalize` takes the ISA's
//!   `frontend_config()`; `define_function` takes a `codegen::Context`.

use cranelift_codegen::ir;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{ArenaMemoryProvider, JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};

/// Bytes of address space reserved for generated code.
const CODE_RESERVATION: usize = 1 << 30;

pub struct Jit {
    pub module: JITModule,
}

impl Jit {
    /// A JIT for the host, with the given runtime symbols callable by name.
    pub fn new(symbols: &[(&str, *const u8)]) -> Result<Jit, String> {
        let mut flags = settings::builder();
        for (k, v) in [
            ("opt_level", "speed"),
            ("preserve_frame_pointers", "true"),
            ("is_pic", "false"),
            (
                "enable_verifier",
                if cfg!(debug_assertions) {
                    "true"
                } else {
                    "false"
                },
            ),
        ] {
            flags
                .set(k, v)
                .map_err(|e| format!("cranelift flag {k}: {e}"))?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| format!("unsupported host: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("cranelift: {e}"))?;
        let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
        for (name, ptr) in symbols {
            builder.symbol(*name, *ptr);
        }
        let arena = ArenaMemoryProvider::new_with_size(CODE_RESERVATION)
            .map_err(|e| format!("cannot reserve code memory: {e}"))?;
        builder.memory_provider(Box::new(arena));
        Ok(Jit {
            module: JITModule::new(builder),
        })
    }

    /// Declares an exported function and defines it from `func`.
    pub fn define(&mut self, name: &str, func: ir::Function) -> Result<FuncId, String> {
        let id = self
            .module
            .declare_function(name, Linkage::Export, &func.signature)
            .map_err(|e| e.to_string())?;
        let mut ctx = self.module.make_context();
        ctx.func = func;
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        Ok(id)
    }

    /// Makes every defined function executable; returns nothing to call yet.
    pub fn finalize(&mut self) -> Result<(), String> {
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())
    }

    /// Address of a finalized function.
    pub fn code(&self, id: FuncId) -> *const u8 {
        self.module.get_finalized_function(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types::I64, AbiParam, InstBuilder, UserFuncName};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    extern "C" fn host_double(x: i64) -> i64 {
        x * 2
    }

    /// `f(a, b) = host_double(a) + b`: code generation, a call into Rust
    /// through a registered symbol, and a call from Rust into the code.
    #[test]
    fn calls_between_rust_and_generated_code() {
        let mut jit = Jit::new(&[("host_double", host_double as *const u8)]).unwrap();
        let mut sig = jit.module.make_signature();
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let double = jit
            .module
            .declare_function("host_double", Linkage::Import, &sig)
            .unwrap();

        let mut fsig = jit.module.make_signature();
        fsig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
        fsig.returns.push(AbiParam::new(I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, 0), fsig);
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            b.seal_block(entry);
            let (a, x) = (b.block_params(entry)[0], b.block_params(entry)[1]);
            let callee = jit.module.declare_func_in_func(double, b.func);
            let call = b.ins().call(callee, &[a]);
            let d = b.inst_results(call)[0];
            let sum = b.ins().iadd(d, x);
            b.ins().return_(&[sum]);
            b.finalize(jit.module.isa().frontend_config());
        }
        let id = jit.define("f", func).unwrap();
        jit.finalize().unwrap();
        // SAFETY: `f` was just compiled with exactly this signature
        // (two i64 in, one i64 out, SysV) and its code stays mapped for the
        // lifetime of `jit`, which outlives the call.
        let f: extern "C" fn(i64, i64) -> i64 = unsafe { std::mem::transmute(jit.code(id)) };
        assert_eq!(f(20, 2), 42);
    }
}
