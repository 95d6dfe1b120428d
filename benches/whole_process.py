#!/usr/bin/env python3
"""Whole-process time of `open-model check --model RunV2` against a program
that only parses the same file into plain serde structs (a).

Builds both in release, writes the workload (large.json, ~10 MB on one
line; runs.ndjson, 10,000 runs), then runs each command `--runs` times,
interleaved, and compares the medians. The machines are shared and noisy:
read the ratios.

    python3 benches/whole_process.py --runs 9
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(args):
    start = time.monotonic()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "whole-process"))
    a = ap.parse_args()
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "open-model-cli", "-p", "open-model-bench", "--bins"],
        cwd=ROOT,
        check=True,
    )
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    cli = os.path.join(target, "release", "open-model")
    parse = os.path.join(target, "release", "parse-only")
    subprocess.run([parse, "write", a.work], check=True)
    rows = []
    for name, mode in (("large.json", "parse"), ("runs.ndjson", "parse-lines")):
        path = os.path.join(a.work, name)
        ours, theirs = [], []
        for _ in range(a.runs):
            ours.append(timed([cli, "check", "--model", "RunV2", path]))
            theirs.append(timed([parse, mode, path]))
        o, t = statistics.median(ours), statistics.median(theirs)
        rows.append((name, t, o, o / t))
        print(f"{name:12} parse-only {t:6.3f}s  open-model check {o:6.3f}s  {o / t:4.2f}x", flush=True)
    print()
    print("| file | parse only into (a) | `open-model check` | ratio | goal |")
    print("|---|---:|---:|---:|---:|")
    for name, t, o, r in rows:
        print(f"| {name} | {t:.3f} s | {o:.3f} s | {r:.2f}x | ≤ 0.5x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
