//! decode -> encode -> decode gives the same value, and encoding it again
//! gives the same bytes (numbers, key order, absent versus null), for `Value`
//! and for RunV2.
#![no_main]
use libfuzzer_sys::fuzz_target;

fn check<T>(data: &[u8])
where
    T: open_model::Decode + open_model::Encode + PartialEq + std::fmt::Debug,
{
    let Ok(first) = open_model::from_json_slice::<T>(data) else { return };
    let Ok(bytes) = open_model::to_json_vec(&first) else { return };
    let second = open_model::from_json_slice::<T>(&bytes).expect("our own output decodes");
    assert_eq!(first, second);
    assert_eq!(open_model::to_json_vec(&second).ok(), Some(bytes), "encoding is stable");
}

fuzz_target!(|data: &[u8]| {
    check::<open_model::Value>(data);
    check::<gentrace_models::RunV2>(data);
});
