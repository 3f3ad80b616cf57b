//! Package-level initialization order follows the Go spec's example and
//! dependencies through function bodies.

fn order(src: &str) -> Vec<String> {
    let r = gust_compiler::check_program(src);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    r.init_order
}

#[test]
fn spec_example() {
    // From the Go spec: the initialization order is d, b, c, a.
    let src = "package main\n\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n\nfunc f() int {\n\td++\n\treturn d\n}\n\nfunc main() {}\n";
    assert_eq!(order(src), ["d", "b", "c", "a"]);
}

#[test]
fn dependencies_through_functions_and_closures() {
    let src = "package main\n\nvar x = g()\nvar y = 1\nvar z = func() int { return x }()\n\nfunc g() int { return h() }\n\nfunc h() int { return y }\n\nfunc main() {}\n";
    assert_eq!(order(src), ["y", "x", "z"]);
}

#[test]
fn cycles_are_reported_once() {
    let src = "package main\n\nvar (\n\tp int = a\n\ta int = b\n\tb int = f()\n)\n\nfunc f() int { return a }\n\nfunc main() {}\n";
    let r = gust_compiler::check_program(src);
    let msgs: Vec<&str> = r.diagnostics.iter().map(|d| d.msg.as_str()).collect();
    assert_eq!(
        msgs,
        ["initialization loop:\n\ta refers to\n\tb refers to\n\tf refers to\n\ta"]
    );
}
