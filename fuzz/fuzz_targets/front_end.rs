//! Lexer + parser + checker on arbitrary bytes: must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data).into_owned();
    // The CLI checks on a 1 GiB stack; so does the fuzzer, so that only
    // real bugs (not the fuzzer's small default stack) are reported.
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let _ = gust_compiler::check_program(&src);
        })
        .expect("spawn")
        .join()
        .expect("the front end panicked");
});
