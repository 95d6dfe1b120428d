//! `cargo run -p open-model-codegen --example generate -- SPEC`: prints the source.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "spec/gentrace-openapi.yaml".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    match open_model_codegen::generate(&text, &Default::default()) {
        Ok(generated) => {
            for w in &generated.warnings {
                eprintln!("warning: {w}");
            }
            print!("{}", generated.source);
        }
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    }
}
