#!/usr/bin/env python3
"""Compile time of N open models against the same structs with serde derives.

Generates two throwaway crates beside each other (outside the workspace,
under a work directory), each with N structs of the same fields:

- `om`:    `#[open_model(rename_all = "camelCase")]` structs (extras kept,
           every check generated);
- `serde`: `#[derive(Serialize, Deserialize)]` structs with
           `#[serde(rename_all = "camelCase")]` and
           `#[serde(flatten)] extra: HashMap<String, serde_json::Value>`,
           the usual idiom for an open model.

Two scenarios, each with its own pair of crates:

- `models`: the structs alone, as a crate of API models is;
- `used`:   the structs and, for each, a public function that decodes it
            from JSON bytes and writes it back (`from_json_slice` and
            `to_json_vec` against `serde_json::from_slice` and
            `serde_json::to_vec`), as an application that uses every model
            does. Code that is compiled only where it is used (serde's
            generic impls, the open models' functions in release builds) is
            paid for here.

Dependencies are built first (not timed); then each crate's own build is
timed, `cargo build` and `cargo build --release`, after touching its source,
`--runs` times, and the median reported. The machines are shared and noisy:
read the ratios, not the seconds.

    python3 benches/compile_time.py --n 20 200 --runs 3 --scenarios models used
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIELDS = [
    ("id", "String"),
    ("object_kind", "String"),
    ("amount", "i64"),
    ("amount_refunded", "Option<i64>"),
    ("livemode", "bool"),
    ("description", "Option<String>"),
    ("tags", "Vec<String>"),
    ("score", "Option<f64>"),
]


def model(kind, i):
    """One struct; every third one holds the previous one (nested models)."""
    fields = list(FIELDS)
    if i % 3 == 2:
        fields.append(("parent", f"Option<Box<Model{i - 1}>>"))
    body = "\n".join(f"    pub {name}: {ty}," for name, ty in fields)
    if kind == "om":
        head = '#[open_model(rename_all = "camelCase")]\n#[derive(Debug, Clone, PartialEq)]'
        tail = ""
    else:
        head = '#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\n#[serde(rename_all = "camelCase")]'
        tail = "\n    #[serde(flatten)]\n    pub extra: HashMap<String, serde_json::Value>,"
    return f"{head}\npub struct Model{i} {{\n{body}{tail}\n}}\n"


def uses(kind, n):
    """One public function per model that decodes and re-encodes it."""
    if kind == "om":
        body = "open_model::from_json_slice::<Model{i}>(b).ok().and_then(|m| open_model::to_json_vec(&m).ok())"
    else:
        body = "serde_json::from_slice::<Model{i}>(b).ok().and_then(|m| serde_json::to_vec(&m).ok())"
    return "\n".join(
        f"pub fn round_trip_{i}(b: &[u8]) -> Option<Vec<u8>> {{\n    {body.format(i=i)}\n}}\n"
        for i in range(n)
    )


def write_crate(base, kind, n, scenario="models"):
    path = os.path.join(base, f"{kind}_{scenario}_{n}")
    os.makedirs(os.path.join(path, "src"), exist_ok=True)
    if kind == "om":
        deps = f'open-model = {{ path = "{os.path.join(ROOT, "runtime")}" }}'
        prelude = "use open_model::open_model;\n"
    else:
        deps = 'serde = { version = "1", features = ["derive"] }\nserde_json = "1"'
        prelude = "use serde::{Deserialize, Serialize};\nuse std::collections::HashMap;\n"
    with open(os.path.join(path, "Cargo.toml"), "w") as f:
        f.write(
            f'[package]\nname = "ct_{kind}_{scenario}_{n}"\nversion = "0.0.0"\nedition = "2021"\n'
            f"publish = false\n\n[dependencies]\n{deps}\n\n[workspace]\n"
        )
    with open(os.path.join(path, "src", "lib.rs"), "w") as f:
        f.write("#![allow(dead_code)]\n" + prelude + "\n")
        f.write("\n".join(model(kind, i) for i in range(n)))
        if scenario == "used":
            f.write("\n" + uses(kind, n))
    return path


def build(path, release, target):
    args = ["cargo", "build", "--quiet", "--offline"] + (["--release"] if release else [])
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    start = time.monotonic()
    subprocess.run(args, cwd=path, env=env, check=True)
    return time.monotonic() - start


def measure(a, target, scenario, n, release):
    """The median build time of each side, and their ratio."""
    times = {}
    for kind in ("serde", "om"):
        path = write_crate(a.work, kind, n, scenario)
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(path, "Cargo.lock"))
        build(path, release, target)  # dependencies and a first build
        samples = []
        for _ in range(a.runs):
            os.utime(os.path.join(path, "src", "lib.rs"))
            samples.append(build(path, release, target))
        times[kind] = statistics.median(samples)
    profile = "release" if release else "dev"
    ratio = times["om"] / times["serde"]
    print(
        f"{scenario:<7} N={n:<4} {profile:<8} serde {times['serde']:6.2f}s  "
        f"open-model {times['om']:6.2f}s  {ratio:4.2f}x",
        flush=True,
    )
    return (scenario, n, profile, times["serde"], times["om"], ratio)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[20, 200])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scenarios", nargs="+", choices=["models", "used"], default=["models", "used"])
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "compile-time"))
    a = ap.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    target = os.path.join(a.work, "target")
    # Lockfiles of the throwaway crates are taken from the workspace's, so
    # the same dependency versions are built, offline.
    rows = []
    for scenario in a.scenarios:
        for n in a.n:
            for release in (False, True):
                rows.append(measure(a, target, scenario, n, release))
    print()
    print("| scenario | N | profile | serde derives (s) | #[open_model] (s) | ratio |")
    print("|---|---:|---|---:|---:|---:|")
    for scenario, n, profile, s, o, r in rows:
        print(f"| {scenario} | {n} | {profile} | {s:.2f} | {o:.2f} | {r:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
