#!/usr/bin/env python3
"""tests/memcheck.py: run a sample of the golden scripts under valgrind.

ASan/UBSan (the second half of `bash setup.sh test`) catches most memory
errors at full speed, but only in an instrumented build; valgrind's memcheck
checks the ordinary build as shipped, and finds uninitialised reads that ASan
cannot.  It is about 30x slower, so it runs on a deterministic sample: every
Nth golden script (default: every 16th) plus the areas where memory bugs hide
(destructors, generators).  Scripts marked
`# live-objects: cycles` leak cycles on purpose and are skipped.

Each script runs with TPY_MALLOC=malloc (the pool allocator would hide
use-after-free from valgrind) under
    valgrind --error-exitcode=99 --leak-check=full
             --errors-for-leak-kinds=definite
A script fails when valgrind reports any error (invalid read/write, use of
uninitialised memory, invalid free, definite leak), and also when its stdout
differs from the golden .exp (a memory error may show only as wrong output).

Usage: python3 tests/memcheck.py [--tpy build/tpy] [--every N] [-j JOBS] [-k SUBSTR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scripts_common as sc  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALWAYS_AREAS = ("destructors", "generators")
KNOWN_FAILURES = os.path.join(ROOT, "tests", "known_failures.txt")
VALGRIND = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=full",
            "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite",
            "--num-callers=30"]


def known_wrong_output() -> set[str]:
    """Scripts tests/known_failures.txt lists: their output is known to differ
    from CPython's, so only valgrind's own verdict counts for them."""
    known = set()
    with open(KNOWN_FAILURES, encoding="utf-8") as f:
        for line in f:
            name = line.split("#", 1)[0].strip()
            if name.startswith("scripts/"):
                known.add(os.path.join("tests", name.split(" [")[0]))
    return known


def sample(every: int, filters: list[str]) -> list[str]:
    chosen = []
    for i, path in enumerate(sc.collect(ROOT)):
        rel = os.path.relpath(path, ROOT)
        if filters and not any(f in rel for f in filters):
            continue
        area = os.path.basename(os.path.dirname(path))
        if not filters and i % every != 0 and area not in ALWAYS_AREAS:
            continue
        if sc.read_spec(path).cycles:
            continue
        chosen.append(path)
    return chosen


def run_one(tpy: str, path: str, known: set[str]) -> tuple[str, bool, str]:
    spec = sc.read_spec(path)
    rel = os.path.relpath(path, ROOT)
    env = dict(os.environ, TPY_MALLOC="malloc")
    env.pop("TPY_REPORT_LIVE", None)
    try:
        proc = subprocess.run(sc.command(VALGRIND + [tpy], path, spec),
                              cwd=os.path.dirname(path), input=spec.stdin or b"",
                              capture_output=True, env=env, timeout=600)
    except subprocess.TimeoutExpired:
        return rel, False, "timed out after 600 s"
    stderr = proc.stderr.decode("utf-8", "replace")
    report = [ln for ln in stderr.split("\n") if ln.startswith("==")]
    if proc.returncode == 99 or report:
        return rel, False, "\n".join(report[:40]) or "valgrind exit status 99"
    expected, _ = sc.read_expected(path)
    stdout = proc.stdout.decode("utf-8", "replace")
    if expected is not None and stdout != expected.stdout and rel not in known:
        return rel, False, "stdout differs from the golden .exp under valgrind"
    return rel, True, ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tpy", default=os.path.join(ROOT, "build", "tpy"))
    ap.add_argument("--every", type=int, default=16, help="sample every Nth script (default 16)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-k", action="append", default=[], metavar="SUBSTR",
                    help="only scripts whose path contains SUBSTR (no sampling)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("memcheck: valgrind is not installed (Debian package: valgrind)", file=sys.stderr)
        return 2
    tpy = os.path.abspath(args.tpy)
    paths = sample(max(1, args.every), args.k)
    known = known_wrong_output()
    failures = 0
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for rel, ok, why in pool.map(lambda p: run_one(tpy, p, known), paths):
            if not ok:
                failures += 1
                print(f"FAIL {rel}\n{why}\n")
    print(f"memcheck: {len(paths) - failures} of {len(paths)} scripts clean under valgrind")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
