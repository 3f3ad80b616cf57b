//! Parses the files named on the command line and prints their syntax errors.
fn main() {
    let mut bad = 0;
    for path in std::env::args().skip(1) {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let (_, errors) = gust_grammar::parse_file(&src);
        for e in &errors {
            let line = src[..e.span.lo as usize].matches('\n').count() + 1;
            println!("{path}:{line}: {}", e.msg);
        }
        if !errors.is_empty() {
            bad += 1;
        }
    }
    println!("{bad} files with errors");
}
