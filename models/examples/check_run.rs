//! Decodes, validates and prints a RunV2 file:
//! `cargo run -p gentrace-models --example check_run -- examples/run_v2.json`
use gentrace_models::RunV2;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/run_v2.json".into());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    match open_model::from_json_slice::<RunV2>(&bytes) {
        Ok(run) => {
            println!(
                "{path}: valid RunV2 {} with {} step runs",
                run.id,
                run.step_runs.len()
            );
            for (i, step) in run.step_runs.iter().enumerate() {
                println!(
                    "  stepRuns[{i}]: {} {} order={} start={} end={} cost={} extras={:?}",
                    step.provider_name,
                    step.invocation,
                    step.order,
                    *step.start_time,
                    *step.end_time,
                    step.cost,
                    step.extra.keys().collect::<Vec<_>>()
                );
            }
            println!("  run extras: {:?}", run.extra.keys().collect::<Vec<_>>());
            match open_model::to_json_string(&run) {
                Ok(json) => println!("re-encoded: {} bytes", json.len()),
                Err(e) => println!("re-encoding failed: {e}"),
            }
            ExitCode::SUCCESS
        }
        Err(report) => {
            for e in report.errors() {
                println!("{path}:{e}");
            }
            ExitCode::from(1)
        }
    }
}
