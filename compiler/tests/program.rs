//! The checked program handed to the lowering: files in dependency order
//! and a type for every expression of the user's file.

use gust_grammar::visit;

#[test]
fn checked_program_has_types_for_every_expression() {
    let src = "package main\n\nimport \"strings\"\n\nfunc main() {\n\tx := strings.Repeat(\"a\", 3) + \"b\"\n\tprintln(len(x) * 2)\n}\n";
    let r = gust_compiler::check_program(src);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let p = r.program.expect("a program");
    assert_eq!(p.files[0].0, "main");
    assert!(p.files.iter().any(|(path, _)| path == "strings"));
    let mut missing = 0;
    let mut seen = 0;
    for d in &p.files[0].1.decls {
        if let gust_grammar::ast::Decl::Func(f) = d {
            visit::walk_block(f.body.as_ref().unwrap(), &mut |e| {
                seen += 1;
                if !p.info.types.contains_key(&(0, e.id)) {
                    missing += 1;
                }
            });
        }
    }
    assert!(seen > 5);
    assert_eq!(missing, 0, "expressions without a recorded type");
}

#[test]
fn programs_with_errors_are_not_handed_on() {
    let r = gust_compiler::check_program("package main\n\nfunc main() { x := 1 }\n");
    assert!(r.program.is_none());
}
