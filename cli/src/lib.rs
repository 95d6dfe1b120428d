//! `open-model`: check, format and describe API payloads against the models
//! of a registry ([`open_model::registry!`]): the Gentrace models in the
//! `open-model` binary, or your own in a binary of yours:
//!
//! ```no_run
//! use open_model::open_model;
//!
//! #[open_model]
//! pub struct Charge { pub amount: i64 }
//!
//! open_model::registry! { static MODELS = [Charge]; }
//!
//! fn main() -> std::process::ExitCode {
//!     open_model_cli::run(MODELS)
//! }
//! ```
//!
//! Every command's output is documented in the README; `--format json` is a
//! stable interface for machines.
//!
#![doc = include_str!("../README.md")]

use clap::{Parser, Subcommand, ValueEnum};
use open_model::format::UuidSpellings;
use open_model::registry::ModelEntry;
use open_model::{Map, Options, Report, Value};
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "open-model",
    version,
    about = "Check, format and describe API payloads against its models",
    long_about = "Check, format and describe API payloads against its models.\n\n\
        Every error of every document is reported with its file, line, column and path.\n\
        Exit status: 0 when all documents are valid, 1 when any is invalid,\n\
        2 for usage errors, unreadable input, or input that is not JSON."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check JSON or NDJSON documents against a model and report every error
    Check {
        /// The model to check against (case-insensitive; `open-model models` lists them)
        #[arg(long)]
        model: String,
        /// Files to read; none, or `-`, reads standard input
        files: Vec<PathBuf>,
        /// Read every input as NDJSON (one document per line); detected otherwise
        #[arg(long)]
        ndjson: bool,
        /// How to print results
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Nesting limit of the JSON reader
        #[arg(long, default_value_t = open_model::DEFAULT_MAX_DEPTH)]
        max_depth: usize,
        /// UUID spellings that `uuid` fields accept
        #[arg(long, value_enum, default_value_t = Uuids::Hyphenated)]
        uuids: Uuids,
    },
    /// Print the OpenAPI schema of a model, or the components document of all
    Schema {
        /// The model (case-insensitive)
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        model: Option<String>,
        /// Print the `components.schemas` document of every model
        #[arg(long)]
        all: bool,
    },
    /// List the models, one line each
    Models,
    /// Decode, validate and re-encode documents: keys in model order, numbers exact
    Fmt {
        /// The model (case-insensitive)
        #[arg(long)]
        model: String,
        /// File to read; none, or `-`, reads standard input
        file: Option<PathBuf>,
        /// Read the input as NDJSON; detected otherwise
        #[arg(long)]
        ndjson: bool,
        /// UUID spellings that `uuid` fields accept
        #[arg(long, value_enum, default_value_t = Uuids::Hyphenated)]
        uuids: Uuids,
    },
    /// Write `#[open_model]` Rust source for every component schema of an OpenAPI 3.0 or 3.1 document,
    /// and for the schemas its operations' request bodies and responses write inline
    Generate {
        /// The OpenAPI document (YAML, or JSON when it starts with `{`)
        spec: PathBuf,
        /// Where to write the source; standard output when absent
        #[arg(long)]
        out: Option<PathBuf>,
        /// Keep integers without a format as exact `Integer`s instead of `i64`
        #[arg(long)]
        big_integers: bool,
        /// Read a schema without `type` as JSON Schema does: it admits every type
        #[arg(long)]
        untyped_any: bool,
        /// Refuse every construct the generator would loosen (any warning is
        /// an error, and nothing is written)
        #[arg(long)]
        strict: bool,
        /// Write one module per component into this directory (`mod.rs`
        /// and `<component>.rs`) instead of one file
        #[arg(long, conflicts_with = "out")]
        split: Option<PathBuf>,
        /// Generate the component schemas only, not the schemas written
        /// inline for the operations' request bodies and responses
        #[arg(long)]
        components_only: bool,
        /// Keep a `pattern` ECMA-262 cannot read (Java's `\p{Print}`) as an
        /// annotation, never checked, with a warning, instead of refusing
        /// the document
        #[arg(long)]
        unchecked_patterns: bool,
        /// Read every `pattern` as Java's `java.util.regex` reads it (AWS's
        /// `\p{Print}`, `\A…\z`), written as the ECMA-262 pattern that
        /// matches the same strings
        #[arg(long)]
        java_patterns: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// `FILE:LINE:COLUMN: PATH: MESSAGE` lines, then a summary on standard error
    Text,
    /// One JSON object per document on standard output
    Json,
}

/// Which UUID spellings `uuid` fields accept.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Uuids {
    /// JSON Schema's `uuid`: hyphenated, 36 characters, any case
    Hyphenated,
    /// Also every spelling Python's `uuid.UUID` accepts (32 hex digits, braces, `urn:uuid:`), kept as written
    Python,
}

impl Uuids {
    fn options(self, options: Options) -> Options {
        options.with_uuid_spellings(match self {
            Uuids::Hyphenated => UuidSpellings::Hyphenated,
            Uuids::Python => UuidSpellings::Python,
        })
    }
}

/// A usage or input problem: reported, then exit status 2.
struct Fatal(String);

/// Runs the command line over `models`: parses the arguments, does the
/// command, and gives the exit status (0 valid, 1 invalid, 2 usage or input
/// errors).
pub fn run(models: &'static [ModelEntry]) -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            model,
            files,
            ndjson,
            format,
            max_depth,
            uuids,
        } => {
            let options = uuids.options(Options::default().with_max_depth(max_depth));
            find(models, &model).and_then(|m| check(m, &files, ndjson, format, &options))
        }
        Command::Schema { model, all } => schema(models, model.as_deref(), all),
        Command::Models => list(models),
        Command::Fmt {
            model,
            file,
            ndjson,
            uuids,
        } => find(models, &model)
            .and_then(|m| fmt(m, file.as_ref(), ndjson, &uuids.options(Options::default()))),
        Command::Generate {
            spec,
            out,
            big_integers,
            untyped_any,
            strict,
            split,
            components_only,
            unchecked_patterns,
            java_patterns,
        } => generate(
            &spec,
            out.as_ref(),
            split.as_ref(),
            open_model_codegen::Options {
                big_integers,
                untyped_any,
                strict,
                split: split.is_some(),
                components_only,
                unchecked_patterns,
                java_patterns,
            },
        ),
    };
    match result {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("open-model: {message}");
            ExitCode::from(2)
        }
    }
}

/// `generate`: warnings (what was loosened) go to standard error with their
/// JSON pointers, and the source is written (exit status 0); errors (and,
/// with `--strict`, warnings) give exit status 1 and nothing is written.
fn generate(
    spec: &PathBuf,
    out: Option<&PathBuf>,
    split: Option<&PathBuf>,
    options: open_model_codegen::Options,
) -> Result<ExitCode, Fatal> {
    let text =
        std::fs::read_to_string(spec).map_err(|e| Fatal(format!("{}: {e}", spec.display())))?;
    open_model_codegen::read_document(&text)
        .map_err(|p| Fatal(format!("{}: {}", spec.display(), p.message)))?;
    let generated = match open_model_codegen::generate(&text, &options) {
        Ok(generated) => {
            for w in &generated.warnings {
                eprintln!("{}: warning: {w}", spec.display());
            }
            if !generated.warnings.is_empty() {
                eprintln!(
                    "open-model: {} warning(s), each named above with its place (a construct loosened or left out); the rest is exact",
                    generated.warnings.len()
                );
            }
            generated
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", spec.display());
            }
            eprintln!(
                "open-model: {} construct(s) cannot be generated; nothing written",
                problems.len()
            );
            return Ok(ExitCode::from(1));
        }
    };
    // The header names the options that shape the output, so that the
    // command it shows writes the same source again.
    let flags: String = [
        (options.big_integers, "--big-integers "),
        (options.untyped_any, "--untyped-any "),
        (options.components_only, "--components-only "),
        (options.unchecked_patterns, "--unchecked-patterns "),
        (options.java_patterns, "--java-patterns "),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, flag)| *flag)
    .collect();
    let header = format!(
        "// @generated by `open-model generate {flags}{}`: edit the spec, not this file.\n\n",
        spec.display()
    );
    if let Some(dir) = split {
        std::fs::create_dir_all(dir).map_err(|e| Fatal(format!("{}: {e}", dir.display())))?;
        for m in &generated.modules {
            let source = open_model_codegen::rustfmt(&m.source).unwrap_or_else(|| m.source.clone());
            let path = dir.join(format!("{}.rs", m.name));
            std::fs::write(&path, header.clone() + &source)
                .map_err(|e| Fatal(format!("{}: {e}", path.display())))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let source = generated.source;
    let source = open_model_codegen::rustfmt(&source).unwrap_or(source);
    let text = header + &source;
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Fatal(format!("{}: {e}", path.display())))?
        }
        None => io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| Fatal(format!("standard output: {e}")))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn find(models: &'static [ModelEntry], name: &str) -> Result<&'static ModelEntry, Fatal> {
    open_model::registry::find(models, name).ok_or_else(|| {
        let names: Vec<&str> = models.iter().map(|m| m.name).collect();
        Fatal(format!(
            "unknown model '{name}'; known models: {}",
            names.join(", ")
        ))
    })
}

fn write_out(text: &[u8]) -> Result<(), Fatal> {
    let mut out = io::stdout().lock();
    match out.write_all(text).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) ends the output, not the program's work.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fatal(format!("cannot write output: {e}"))),
    }
}

fn list(models: &[ModelEntry]) -> Result<ExitCode, Fatal> {
    let width = models.iter().map(|m| m.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for m in models {
        let summary = m.summary().unwrap_or_default();
        out.push_str(format!("{:width$}  {summary}", m.name).trim_end());
        out.push('\n');
    }
    write_out(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn schema(
    models: &'static [ModelEntry],
    model: Option<&str>,
    all: bool,
) -> Result<ExitCode, Fatal> {
    let doc = if all {
        open_model::registry::components(models).map_err(|e| Fatal(e.to_string()))?
    } else {
        let entry = find(models, model.unwrap_or_default())?;
        (entry.schema)()
    };
    let mut text = open_model::to_json_vec(&doc).map_err(|e| Fatal(e.to_string()))?;
    text.push(b'\n');
    write_out(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// An input: a file or standard input.
struct Input {
    name: String,
    reader: Box<dyn BufRead>,
    size: Option<u64>,
}

fn open(path: Option<&PathBuf>) -> Result<Input, Fatal> {
    match path {
        None => Ok(stdin_input()),
        Some(p) if p.as_os_str() == "-" => Ok(stdin_input()),
        Some(p) => {
            let file =
                File::open(p).map_err(|e| Fatal(format!("cannot read {}: {e}", p.display())))?;
            let size = file.metadata().ok().map(|m| m.len());
            Ok(Input {
                name: p.display().to_string(),
                reader: Box::new(BufReader::with_capacity(1 << 20, file)),
                size,
            })
        }
    }
}

fn stdin_input() -> Input {
    Input {
        name: "-".to_owned(),
        reader: Box::new(BufReader::new(io::stdin())),
        size: None,
    }
}

/// One document's outcome.
struct Outcome {
    /// Line of the input where the document starts, from 1.
    line: usize,
    report: Option<Report>,
}

impl Outcome {
    fn is_json(&self) -> bool {
        !self.report.as_ref().is_some_and(|r| {
            r.errors()
                .iter()
                .any(|e| matches!(e.kind(), open_model::ErrorKind::Syntax(_)))
        })
    }
}

/// Totals over all inputs.
#[derive(Default)]
struct Totals {
    documents: usize,
    invalid: usize,
    errors: usize,
    not_json: usize,
    bytes: u64,
}

fn check(
    model: &'static ModelEntry,
    files: &[PathBuf],
    force_ndjson: bool,
    format: OutputFormat,
    options: &Options,
) -> Result<ExitCode, Fatal> {
    let started = Instant::now();
    let mut totals = Totals::default();
    let inputs: Vec<Option<&PathBuf>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(Some).collect()
    };
    for path in inputs {
        let input = open(path)?;
        let name = input.name.clone();
        let progress = progress_bar(input.size);
        let mut report = |outcomes: Vec<Outcome>, bytes: u64| -> Result<(), Fatal> {
            totals.bytes += bytes;
            if let Some(bar) = &progress {
                bar.inc(bytes);
            }
            let mut out = Vec::new();
            for o in outcomes {
                totals.documents += 1;
                if !o.is_json() {
                    totals.not_json += 1;
                }
                if let Some(r) = &o.report {
                    totals.invalid += 1;
                    totals.errors += r.len();
                }
                print_outcome(&mut out, &name, totals.documents, &o, format);
            }
            write_out(&out)
        };
        each_document(input, force_ndjson, model, options, &mut report)?;
        if let Some(bar) = progress {
            bar.finish_and_clear();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} documents, {} valid, {} invalid, {} errors, {:.1} MB in {:.2} s",
        totals.documents,
        totals.documents - totals.invalid,
        totals.invalid,
        totals.errors,
        totals.bytes as f64 / 1e6,
        secs
    );
    Ok(if totals.not_json > 0 {
        ExitCode::from(2)
    } else if totals.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn progress_bar(size: Option<u64>) -> Option<indicatif::ProgressBar> {
    let size = size?;
    if !io::stderr().is_terminal() || size < 8 << 20 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(size);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}

/// Lines per batch of NDJSON: a batch is read, checked on every core, and
/// printed in order before the next is read, so memory stays bounded.
const BATCH_BYTES: usize = 8 << 20;

/// Calls `emit` with the outcomes of the input's documents, in order, a
/// batch at a time.
fn each_document(
    mut input: Input,
    force_ndjson: bool,
    model: &'static ModelEntry,
    options: &Options,
    emit: &mut dyn FnMut(Vec<Outcome>, u64) -> Result<(), Fatal>,
) -> Result<(), Fatal> {
    let name = input.name.clone();
    let read_error = |e: io::Error| Fatal(format!("cannot read {name}: {e}"));
    let mut first = Vec::new();
    input
        .reader
        .read_until(b'\n', &mut first)
        .map_err(read_error)?;
    let ndjson =
        force_ndjson || looks_like_ndjson(&first, &mut input.reader).map_err(read_error)?;
    if !ndjson {
        let mut all = first;
        input.reader.read_to_end(&mut all).map_err(read_error)?;
        let report = (model.check)(&all, options).err();
        let bytes = all.len() as u64;
        if all.iter().all(u8::is_ascii_whitespace) {
            return emit(Vec::new(), bytes);
        }
        return emit(vec![Outcome { line: 1, report }], bytes);
    }
    let mut line_no = 0usize;
    let mut pending = Some(first);
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut size = 0usize;
        while size < BATCH_BYTES {
            let line = match pending.take() {
                Some(l) => l,
                None => {
                    let mut l = Vec::new();
                    let n = input.reader.read_until(b'\n', &mut l).map_err(read_error)?;
                    if n == 0 {
                        break;
                    }
                    l
                }
            };
            line_no += 1;
            size += line.len();
            batch.push((line_no, line));
        }
        if batch.is_empty() {
            return Ok(());
        }
        let outcomes = check_batch(&batch, model, options);
        emit(outcomes, size as u64)?;
    }
}

/// NDJSON when the first line holds a whole JSON value and more follows.
/// NDJSON when the first line is a whole document and more follows. Each
/// document is decoded once, later: deciding this looks at what follows
/// first (a file of one document on one line is not scanned at all here),
/// then scans the first line without building anything.
fn looks_like_ndjson(first: &[u8], rest: &mut Box<dyn BufRead>) -> io::Result<bool> {
    let trimmed = first.trim_ascii();
    if trimmed.is_empty() {
        return Ok(false);
    }
    let more = rest.fill_buf()?;
    if more.iter().all(u8::is_ascii_whitespace) {
        return Ok(false);
    }
    Ok(open_model::is_one_json_value(trimmed))
}

/// Checks a batch of lines on every core; outcomes in input order. Blank
/// lines are skipped.
fn check_batch(batch: &[(usize, Vec<u8>)], model: &ModelEntry, options: &Options) -> Vec<Outcome> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = batch.len().div_ceil(workers).max(64);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .filter(|(_, l)| !l.trim_ascii().is_empty())
                        .map(|(line, l)| Outcome {
                            line: *line,
                            report: (model.check)(l.trim_ascii_end(), options).err(),
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

fn print_outcome(out: &mut Vec<u8>, file: &str, n: usize, o: &Outcome, format: OutputFormat) {
    match format {
        OutputFormat::Text => {
            for e in o.report.iter().flat_map(Report::errors) {
                let (line, column) = e
                    .position()
                    .map_or((o.line, 0), |p| (o.line + p.line - 1, p.column));
                let path = if e.path().is_root() {
                    "(root)".to_owned()
                } else {
                    e.path().to_string()
                };
                let _ = writeln!(out, "{file}:{line}:{column}: {path}: {}", e.message());
            }
        }
        OutputFormat::Json => {
            let mut doc = Map::new();
            doc.insert("file".into(), Value::from(file));
            doc.insert("document".into(), Value::from(n));
            doc.insert("line".into(), Value::from(o.line));
            doc.insert("valid".into(), Value::Bool(o.report.is_none()));
            let errors = o.report.as_ref().map(|r| r.to_json_value(o.line));
            doc.insert("errors".into(), errors.unwrap_or(Value::List(Vec::new())));
            if let Ok(text) = open_model::to_json_vec(&Value::Dict(doc)) {
                out.extend_from_slice(&text);
                out.push(b'\n');
            }
        }
    }
}

fn fmt(
    model: &'static ModelEntry,
    file: Option<&PathBuf>,
    force_ndjson: bool,
    options: &Options,
) -> Result<ExitCode, Fatal> {
    let mut input = open(file)?;
    let name = input.name.clone();
    let mut all = Vec::new();
    input
        .reader
        .read_to_end(&mut all)
        .map_err(|e| Fatal(format!("cannot read {name}: {e}")))?;
    let first_line_end = all.iter().position(|b| *b == b'\n').unwrap_or(all.len());
    let (first, rest) = all.split_at(first_line_end);
    let ndjson = force_ndjson
        || (!rest.trim_ascii().is_empty()
            && !first.trim_ascii().is_empty()
            && open_model::is_one_json_value(first.trim_ascii()));
    let docs: Vec<(usize, &[u8])> = if ndjson {
        all.split(|b| *b == b'\n')
            .enumerate()
            .filter(|(_, l)| !l.trim_ascii().is_empty())
            .map(|(i, l)| (i + 1, l))
            .collect()
    } else {
        vec![(1, all.as_slice())]
    };
    let mut out = Vec::new();
    let (mut invalid, mut not_json) = (0, 0);
    for (line, doc) in docs {
        match (model.format)(doc, options) {
            Ok(text) => {
                out.extend_from_slice(&text);
                out.push(b'\n');
            }
            Err(report) => {
                let o = Outcome {
                    line,
                    report: Some(report),
                };
                if !o.is_json() {
                    not_json += 1;
                }
                invalid += 1;
                let mut msg = Vec::new();
                print_outcome(&mut msg, &name, 0, &o, OutputFormat::Text);
                let _ = io::stderr().write_all(&msg);
            }
        }
    }
    write_out(&out)?;
    Ok(if not_json > 0 {
        ExitCode::from(2)
    } else if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
