#!/usr/bin/env python3
"""bench/parse_speed.py: how fast does `tpy --check` read a big typed script?

Generates a varied, mypy --strict clean script of about 100 000 lines
(functions, classes, loops, arithmetic, calls, containers, f-strings) into
bench/generated/big_typed.py, times `tpy --check` on it (best of 3, the real
binary, not a wrapper) and, when mypy is installed, `mypy --strict` once for
comparison (capped at 120 s).  Prints a table.

Usage: python3 bench/parse_speed.py [--tpy build/tpy] [--lines N] [--no-mypy]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def chunk(k: int) -> str:
    """About 50 lines of typed code; `k` makes every name unique."""
    return f'''

class Point{k}:
    """A 2-D point, number {k}."""

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def moved(self, dx: float, dy: float) -> "Point{k}":
        return Point{k}(self.x + dx, self.y + dy)


def total{k}(values: list[int], limit: int = {k % 50 + 10}) -> int:
    acc = 0
    for i, v in enumerate(values):
        if v % 3 == 0 and i < limit:
            acc += v * 2
        elif v % 5 == 1:
            acc -= v // 2
        else:
            acc ^= v << 1
    while acc > 1000:
        acc //= 7
    return acc


def describe{k}(words: dict[str, int], scale: float) -> str:
    best: str | None = None
    for word, count in sorted(words.items()):
        if best is None or count > words[best]:
            best = word
    squares = [n * n for n in range(10) if n % 2 == 0]
    p = Point{k}(scale, -scale).moved(1.5, 2.5)
    return f"{{best}}: {{sum(squares)}} {{p.norm2():.3f}} {{total{k}(squares)}}"


def run{k}() -> int:
    counts: dict[str, int] = {{"a": {k % 7}, "b": {k % 11}, "c": 3}}
    text = describe{k}(counts, {k % 13}.25)
    return len(text) + total{k}([1, 2, 3, {k}])
'''


def generate(lines_wanted: int) -> str:
    parts = ['"""A generated script for bench/parse_speed.py."""\n']
    count = 0
    k = 0
    while count < lines_wanted - 10:
        c = chunk(k)
        parts.append(c)
        count += c.count("\n")
        k += 1
    parts.append("\n\ndef main() -> None:\n    n = 0\n")
    parts.append(f"    for k in range({min(k, 100)}):\n        n += k\n")
    parts.append("    print(n, run0())\n\n\nmain()\n")
    return "".join(parts)


def time_once(argv: list[str], timeout: float) -> tuple[float, int, str]:
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, -1, f"timed out after {timeout:.0f} s"
    return time.perf_counter() - start, proc.returncode, (proc.stdout + proc.stderr).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tpy", default=os.path.join(ROOT, "build", "tpy"))
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--no-mypy", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    out_dir = os.path.join(ROOT, "bench", "generated")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "big_typed.py")
    text = generate(args.lines)
    with open(path, "w") as f:
        f.write(text)
    lines = text.count("\n")
    print(f"generated {os.path.relpath(path, ROOT)}: {lines} lines, {len(text) / 1e6:.1f} MB")

    rows: list[tuple[str, str, str, str]] = []
    tpy = os.path.realpath(args.tpy)
    if not os.access(tpy, os.X_OK):
        print(f"error: no tpy binary at {args.tpy} (build it: bash setup.sh build)")
        return 1
    times = []
    for _ in range(max(1, args.repeat)):
        secs, code, out = time_once([tpy, "--check", path], 60.0)
        if code != 0:
            print(f"tpy --check did not accept the script (exit {code}):\n{out[:2000]}")
            return 1
        times.append(secs)
    best = min(times)
    rows.append((f"tpy --check (best of {len(times)})", f"{best:.3f} s",
                 f"{lines / best:,.0f}", "ok"))

    mypy = shutil.which("mypy")
    if mypy and not args.no_mypy:
        with tempfile.TemporaryDirectory() as cache:
            secs, code, out = time_once([mypy, "--strict", "--no-incremental",
                                         f"--cache-dir={cache}", path], 120.0)
        status = "ok" if code == 0 else ("timeout" if code == -1 else f"exit {code}")
        rows.append(("mypy --strict (once)", f"{secs:.1f} s" + (" (cap)" if code == -1 else ""),
                     f"{lines / secs:,.0f}" if code != -1 else "-", status))
        if code == 0:
            rows.append(("ratio mypy / tpy", f"{secs / best:,.0f}x", "", ""))
    elif not args.no_mypy:
        rows.append(("mypy --strict", "not installed", "", ""))

    widths = [max(len(r[i]) for r in rows + [("what", "time", "lines/s", "status")])
              for i in range(4)]
    header = ("what", "time", "lines/s", "status")
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
