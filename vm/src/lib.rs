//! The JIT and AOT drivers over cranelift-module (issue: native code). Empty until then.
