//! The goroutine runtime (issue: runtime). Empty until then.
