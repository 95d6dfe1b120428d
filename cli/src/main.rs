//! `open-model`: the command line over the Gentrace models. A crate of
//! yours gets the same tool over its own models with
//! `open_model_cli::run(MODELS)` (see the library's documentation).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    open_model_cli::run(gentrace_models::MODELS)
}
