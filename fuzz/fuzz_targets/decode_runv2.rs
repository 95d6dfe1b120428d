//! Decoding RunV2 from arbitrary bytes: never a panic; an error always says
//! where (every error of JSON input has a position).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match open_model::from_json_slice::<gentrace_models::RunV2>(data) {
        Ok(run) => {
            let _ = open_model::to_json_vec(&run);
        }
        Err(report) => {
            assert!(!report.is_empty());
            assert!(report.errors().iter().all(|e| e.position().is_some()), "{report}");
        }
    }
});
