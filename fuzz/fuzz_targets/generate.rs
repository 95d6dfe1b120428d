//! The generator on any text: an OpenAPI document it can express gives
//! source that parses as Rust; anything else gives problems, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = open_model_codegen::Options {
        big_integers: data.len() % 2 == 0,
        untyped_any: data.len() % 3 == 0,
        strict: false,
        split: data.len() % 2 == 0,
    };
    if let Ok(generated) = open_model_codegen::generate(text, &options) {
        let source = &generated.source;
        assert!(syn::parse_file(source).is_ok(), "{source}");
        for m in &generated.modules {
            assert!(syn::parse_file(&m.source).is_ok(), "{}", m.source);
        }
    }
});
