//! Compile-fail and compile-pass cases of `#[open_model]`: one mistake per
//! file, each with the exact message it must produce (`*.stderr`, reviewed).
//! Regenerate after a deliberate change with `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/item/*.rs");
    t.compile_fail("ui/options/*.rs");
    t.compile_fail("ui/names/*.rs");
    t.compile_fail("ui/types/*.rs");
    t.pass("ui/pass/*.rs");
}
