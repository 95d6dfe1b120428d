//! The `gentrace-models` crate is the generator's output for the spec,
//! checked in: regenerating changes nothing (compared token for token, so
//! the test does not depend on a `rustfmt` being installed; the CLI's test
//! compares the bytes). Its schemas equal the spec's (`schemas.rs`), which
//! closes the round trip spec → generated models → schemas.

#[test]
fn regenerating_the_models_changes_nothing() {
    let spec = include_str!("../../spec/gentrace-openapi.yaml");
    // The crate holds the component models; the operations' types are
    // not part of it (`--components-only`).
    let options = open_model_codegen::Options {
        components_only: true,
        ..Default::default()
    };
    let generated = open_model_codegen::generate(spec, &options)
        .unwrap_or_else(|problems| panic!("the spec generates: {problems:?}"));
    assert!(
        generated.warnings.is_empty(),
        "the Gentrace spec is expressed exactly: {:?}",
        generated.warnings
    );
    let fresh: syn::File = syn::parse_str(&generated.source).expect("generated source parses");
    let checked_in: syn::File =
        syn::parse_str(include_str!("../../models/src/generated.rs")).expect("checked-in parses");
    assert_eq!(
        fresh.items.len(),
        checked_in.items.len(),
        "item count differs"
    );
    for (a, b) in fresh.items.iter().zip(&checked_in.items) {
        assert!(
            a == b,
            "models/src/generated.rs is stale at\n{}\nrun `open-model generate --components-only spec/gentrace-openapi.yaml --out models/src/generated.rs`",
            quote_item(b)
        );
    }
}

fn quote_item(item: &syn::Item) -> String {
    quote::ToTokens::to_token_stream(item).to_string()
}
