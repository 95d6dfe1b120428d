//! The baseline of the whole-process measurement: a program that only
//! parses a file into the plain serde RunV2 structs (a), one document or
//! NDJSON, and `write DIR`, which writes the workload's large document and
//! its NDJSON of 10,000 runs for the CLI to read.
//!
//! `cargo run --release -p open-model-bench --bin parse-only -- write /tmp/w`
//! `cargo run --release -p open-model-bench --bin parse-only -- parse /tmp/w/large.json`
//! (`parse-lines` for NDJSON; `decode-lines` and `check-lines FILE TIMES`
//! run the open model's decode or check, for profiling)

use open_model_bench::{plain, workload};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1..).unwrap_or_default() {
        [cmd, dir] if cmd == "write" => {
            std::fs::create_dir_all(dir).expect("create the directory");
            std::fs::write(format!("{dir}/large.json"), workload::large()).expect("write");
            std::fs::write(format!("{dir}/runs.ndjson"), workload::ndjson(10_000)).expect("write");
            ExitCode::SUCCESS
        }
        [cmd, file] if cmd == "parse" || cmd == "parse-lines" => {
            let bytes = std::fs::read(file).expect("read the file");
            let runs = if cmd == "parse-lines" {
                bytes
                    .split(|b| *b == b'\n')
                    .filter(|l| !l.trim_ascii().is_empty())
                    .filter(|l| serde_json::from_slice::<plain::Run>(l).is_ok())
                    .count()
            } else {
                usize::from(serde_json::from_slice::<plain::Run>(&bytes).is_ok())
            };
            println!("{runs} valid");
            ExitCode::SUCCESS
        }
        [cmd, file, times] if cmd == "decode-lines" || cmd == "check-lines" => {
            // For profiling: decode (or only check) every line as the open
            // model, `times` times.
            let bytes = std::fs::read(file).expect("read the file");
            let times: usize = times.parse().expect("a count");
            let fine = |l: &[u8]| {
                if cmd == "check-lines" {
                    open_model::check_json_slice::<gentrace_models::RunV2>(l).is_ok()
                } else {
                    open_model::from_json_slice::<gentrace_models::RunV2>(l).is_ok()
                }
            };
            let mut valid = 0;
            for _ in 0..times {
                valid += bytes
                    .split(|b| *b == b'\n')
                    .filter(|l| !l.trim_ascii().is_empty())
                    .filter(|l| fine(l))
                    .count();
            }
            println!("{valid} valid");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: parse-only write DIR | parse FILE | parse-lines FILE | decode-lines FILE TIMES | check-lines FILE TIMES");
            ExitCode::from(2)
        }
    }
}
