//! Decoding `Value` from arbitrary bytes: never a panic, positions on errors.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(report) = open_model::from_json_slice::<open_model::Value>(data) {
        assert!(report.errors().iter().all(|e| e.position().is_some()), "{report}");
    }
});
