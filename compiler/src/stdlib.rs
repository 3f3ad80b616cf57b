//! The standard-library packages Gust offers, declared in one place: one Go
//! source file per package (`src/stdlib/*.go`), checked by the same checker
//! and compiled like user code. A function declared without a body is a
//! native, implemented in the runtime or stdlib crate as
//! `gust_<pkg>_<func>` / `gust_<pkg>_<Type>_<method>` (`/` in the import
//! path becomes `_`); e.g. sync, time, context and errgroup are Go source
//! over a handful of such natives (semaphores, clocks, timers).

/// Import path and declaration source of every package.
pub const PACKAGES: &[(&str, &str)] = &[
    ("bytes", include_str!("stdlib/bytes.go")),
    ("container/heap", include_str!("stdlib/container_heap.go")),
    ("container/ring", include_str!("stdlib/container_ring.go")),
    ("context", include_str!("stdlib/context.go")),
    ("errors", include_str!("stdlib/errors.go")),
    ("flag", include_str!("stdlib/flag.go")),
    ("fmt", include_str!("stdlib/fmt.go")),
    ("io", include_str!("stdlib/io.go")),
    (
        "golang.org/x/sync/errgroup",
        include_str!("stdlib/errgroup.go"),
    ),
    ("math", include_str!("stdlib/math.go")),
    ("math/rand", include_str!("stdlib/math_rand.go")),
    ("os", include_str!("stdlib/os.go")),
    ("runtime", include_str!("stdlib/runtime.go")),
    ("sort", include_str!("stdlib/sort.go")),
    ("strconv", include_str!("stdlib/strconv.go")),
    ("strings", include_str!("stdlib/strings.go")),
    ("sync", include_str!("stdlib/sync.go")),
    ("sync/atomic", include_str!("stdlib/sync_atomic.go")),
    ("time", include_str!("stdlib/time.go")),
    ("unicode", include_str!("stdlib/unicode.go")),
    ("unicode/utf8", include_str!("stdlib/unicode_utf8.go")),
];

pub fn source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    /// Every declaration file checks cleanly on its own (diagnostics are
    /// reported only for the file being checked, so a mistake in a package
    /// would otherwise go unnoticed when it is imported).
    #[test]
    fn every_package_checks_cleanly() {
        for (path, src) in super::PACKAGES {
            let r = crate::check_program(src);
            assert!(r.diagnostics.is_empty(), "{path}: {:?}", r.diagnostics);
        }
    }
}
