//! RunV2: decode, validate and encode, against the serde idioms, in one run
//! on the same bytes. Prints MB/s of JSON (medians of interleaved samples)
//! and the ratios of ours to (a) and (b), then peak memory on the large
//! document.
//!
//! `cargo bench -p open-model-bench` (set `BENCH_ROUNDS` to change the number
//! of interleaved rounds; default 15).

use gentrace_models::RunV2;
use open_model::Value;
use open_model_bench::{flatten, plain, workload};
use peak_alloc::PeakAlloc;
use std::hint::black_box;
use std::time::Instant;

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

/// A contender: a name and one run over the input.
type Job<'a> = (&'static str, Box<dyn Fn() + 'a>);

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs every job `rounds` times, interleaved, each sample lasting at least
/// `min_secs`; returns the median MB/s of each.
fn measure(bytes: usize, jobs: &[Job<'_>], rounds: usize, min_secs: f64) -> Vec<f64> {
    // Warm up and find how many iterations make one sample.
    let iters: Vec<usize> = jobs
        .iter()
        .map(|(_, job)| {
            let t = Instant::now();
            job();
            let one = t.elapsed().as_secs_f64().max(1e-9);
            ((min_secs / one).ceil() as usize).max(1)
        })
        .collect();
    let mut samples = vec![Vec::new(); jobs.len()];
    for _ in 0..rounds {
        for (i, (_, job)) in jobs.iter().enumerate() {
            let t = Instant::now();
            for _ in 0..iters[i] {
                job();
            }
            let secs = t.elapsed().as_secs_f64();
            samples[i].push(bytes as f64 * iters[i] as f64 / secs / 1e6);
        }
    }
    samples.into_iter().map(median).collect()
}

/// The documents of an input: its lines for NDJSON (split once, before
/// timing, so that every contender is timed decoding and nothing else),
/// else the input itself.
fn documents(data: &[u8], ndjson: bool) -> Vec<&[u8]> {
    if ndjson {
        data.split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect()
    } else {
        vec![data]
    }
}

fn decode_jobs<'a>(docs: &'a [&'a [u8]]) -> Vec<Job<'a>> {
    macro_rules! job {
        ($name:expr, |$doc:ident| $body:expr) => {
            (
                $name,
                Box::new(move || {
                    for &$doc in docs {
                        black_box($body);
                    }
                }) as Box<dyn Fn()>,
            )
        };
    }
    vec![
        job!("(a) serde_json -> plain structs", |d| {
            serde_json::from_slice::<plain::Run>(d).expect("a")
        }),
        job!("(b) serde_json -> flatten + checks", |d| {
            serde_json::from_slice::<flatten::Run>(d).expect("b")
        }),
        job!("(c) serde_json::Value", |d| serde_json::from_slice::<
            serde_json::Value,
        >(d)
        .expect("c")),
        job!("(d) open_model::from_json_slice", |d| {
            open_model::from_json_slice::<RunV2>(d).expect("d")
        }),
        job!("(e) serde_json -> open-model RunV2", |d| {
            serde_json::from_slice::<RunV2>(d).expect("e")
        }),
        job!("(f) open_model, then walk every free-form value", |d| {
            walk_run(&open_model::from_json_slice::<RunV2>(d).expect("f"))
        }),
        job!("(g) serde_json IgnoredAny (a validating skip)", |d| {
            serde_json::from_slice::<serde::de::IgnoredAny>(d).expect("g")
        }),
        job!("(h) sonic_rs::Value (the parse limit)", |d| {
            sonic_rs::from_slice::<sonic_rs::Value>(d).expect("h")
        }),
        job!("(i) open_model::check_json_slice (validate only)", |d| {
            open_model::check_json_slice::<RunV2>(d).expect("i")
        }),
        job!("(j) check_json_slice::<Value> (our scan)", |d| {
            open_model::check_json_slice::<Value>(d).expect("j")
        }),
    ]
}

/// Visits every node of a free-form value: what code that reads them does.
fn walk(v: &open_model::Value) -> usize {
    match v {
        open_model::Value::Dict(m) => 1 + m.iter().map(|(_, v)| walk(v)).sum::<usize>(),
        open_model::Value::List(l) => 1 + l.iter().map(walk).sum::<usize>(),
        _ => 1,
    }
}

/// Walks every free-form value of a run: the extension maps and the
/// `Map`-typed fields (`modelParams`, `inputs`, `outputs`).
fn walk_run(run: &RunV2) -> usize {
    let extras = |m: &open_model::Extras| m.iter().map(|(_, v)| walk(v)).sum::<usize>();
    let map = |m: &open_model::Map| m.iter().map(|(_, v)| walk(v)).sum::<usize>();
    extras(&run.extra)
        + run
            .step_runs
            .iter()
            .map(|s| extras(&s.extra) + map(&s.model_params) + map(&s.inputs) + map(&s.outputs))
            .sum::<usize>()
}

fn report(size: &str, names: &[&str], mbs: &[f64], out: &mut Vec<String>) {
    let (a, b) = (mbs[0], mbs[1]);
    for (name, v) in names.iter().zip(mbs) {
        out.push(format!(
            "| {size} | {name} | {v:.0} | {:.2}x | {:.2}x |",
            v / a,
            v / b
        ));
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported.
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let inputs = [
        ("medium", workload::medium(), false),
        ("large", workload::large(), false),
        ("ndjson", workload::ndjson(10_000), true),
    ];
    let mut table = vec![
        "| size | decode | MB/s | vs (a) | vs (b) |".to_owned(),
        "|---|---|---:|---:|---:|".to_owned(),
    ];
    let mut enc_table = vec![
        "| size | encode | MB/s | vs (a) | vs (b) |".to_owned(),
        "|---|---|---:|---:|---:|".to_owned(),
    ];
    for (size, data, ndjson) in &inputs {
        eprintln!("{size}: {} bytes", data.len());
        let docs = documents(data, *ndjson);
        let jobs = decode_jobs(&docs);
        let names: Vec<&str> = jobs.iter().map(|j| j.0).collect();
        let min_secs = if *size == "medium" { 0.02 } else { 0.05 };
        let mbs = measure(data.len(), &jobs, rounds, min_secs);
        report(size, &names, &mbs, &mut table);

        // Encoding, of the values decoded from the same bytes.
        let a: Vec<plain::Run> = docs
            .iter()
            .map(|d| serde_json::from_slice(d).expect("a"))
            .collect();
        let b: Vec<flatten::Run> = docs
            .iter()
            .map(|d| serde_json::from_slice(d).expect("b"))
            .collect();
        let d: Vec<RunV2> = docs
            .iter()
            .map(|d| open_model::from_json_slice(d).expect("d"))
            .collect();
        let enc: Vec<Job<'_>> = vec![
            (
                "(a) serde_json <- plain structs",
                Box::new(|| {
                    a.iter().for_each(|r| {
                        black_box(serde_json::to_vec(r).expect("a"));
                    })
                }),
            ),
            (
                "(b) serde_json <- flatten",
                Box::new(|| {
                    b.iter().for_each(|r| {
                        black_box(serde_json::to_vec(r).expect("b"));
                    })
                }),
            ),
            (
                "(d) open_model::to_json_vec",
                Box::new(|| {
                    d.iter().for_each(|r| {
                        black_box(open_model::to_json_vec(r).expect("d"));
                    })
                }),
            ),
        ];
        let names: Vec<&str> = enc.iter().map(|j| j.0).collect();
        let mbs = measure(data.len(), &enc, rounds, min_secs);
        report(size, &names, &mbs, &mut enc_table);
    }

    // Peak memory while decoding the large document (the input excluded).
    let large = &inputs[1].1;
    let mut mem = vec![
        "| decode of large | peak heap MB | vs (a) |".to_owned(),
        "|---|---:|---:|".to_owned(),
    ];
    let large_docs = [&large[..]];
    let peaks: Vec<(&str, f64)> = decode_jobs(&large_docs)
        .into_iter()
        .map(|(name, job)| {
            ALLOC.reset_peak_usage();
            let base = ALLOC.current_usage();
            job();
            (name, (ALLOC.peak_usage() - base) as f64 / 1e6)
        })
        .collect();
    for (name, peak) in &peaks {
        mem.push(format!(
            "| {name} | {peak:.1} | {:.2}x |",
            peak / peaks[0].1
        ));
    }

    println!(
        "\n{}\n\n{}\n\n{}",
        table.join("\n"),
        enc_table.join("\n"),
        mem.join("\n")
    );
}
