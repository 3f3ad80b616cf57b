//! The standard library's native parts (issue: native code, runtime). Empty until then.
