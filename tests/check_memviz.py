#!/usr/bin/env python3
"""tests/check_memviz.py: structure of --mem-stats, --trace-del, --mem-trace.

Their output is tpy's own (CPython has no equivalent), so no golden file:
this runs tpy on tests/memviz/sample.py in each memory mode and asserts the
shape of the reports (sections, causes, CSV header and columns, user-class
rows with __slots__ smaller than a dict class) but not exact numbers.  The
program's stdout must be the same with and without the options.

usage: check_memviz.py --tpy PATH
"""
import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "memviz", "sample.py")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def run(tpy, *opts):
    p = subprocess.run([tpy, *opts, SAMPLE], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tpy", required=True)
    tpy = ap.parse_args().tpy

    rc, plain_out, plain_err = run(tpy)
    check(rc == 0 and plain_err == "", f"plain run: rc={rc} stderr={plain_err!r}")

    # --mem-stats: sections and numbers that must hold whatever the details.
    rc, out, err = run(tpy, "--mem-stats")
    check(rc == 0, f"--mem-stats rc={rc}")
    check(out == plain_out, "--mem-stats changed the program's stdout")
    nums = {}
    for key in ("objects allocated", "objects freed", "live at exit", "peak live objects",
                "peak live bytes"):
        m = re.search(rf"^  {key}: +(\d+)$", err, re.M)
        check(m is not None, f"--mem-stats: no '{key}' line")
        nums[key] = int(m.group(1)) if m else -1
    check(nums["objects allocated"] >= nums["objects freed"] > 0, f"counts {nums}")
    check(nums["live at exit"] == 0, f"live at exit {nums['live at exit']}")
    check(nums["peak live objects"] > 0 and nums["peak live bytes"] > 0, f"peaks {nums}")
    gens = re.findall(r"^ +([012]) +(\d+) +(\d+) +([\d.]+) +([\d.]+)$", err, re.M)
    check(len(gens) == 3, f"--mem-stats: {len(gens)} generation rows")
    check(any(int(g[1]) > 0 for g in gens), "--mem-stats: no collection counted (gc.collect ran)")
    check("most common types (live before teardown):" in err, "--mem-stats: no type table")
    m = re.search(r"^    float +(\d+)$", err, re.M)
    check(m is not None and int(m.group(1)) >= 100, "--mem-stats: float count (100 live)")
    classes = dict((name, (int(size), int(live), int(alloc))) for name, size, live, alloc in
                   re.findall(r"^    (\w+) +(\d+) +(\d+) +(\d+)$", err, re.M))
    check("S" in classes and classes["S"][1] == 5 and classes["S"][2] == 5, f"class S row {classes.get('S')}")
    check("A" in classes and classes["A"][2] == 5, f"class A row {classes.get('A')}")
    if "S" in classes and "A" in classes:
        check(classes["S"][0] < classes["A"][0], "__slots__ instance not smaller than a dict instance")

    # --trace-del: one line per __del__ / callback, with its cause.
    expected_causes = {
        "": ("refcount reached zero at ", "found in a cycle by the collector (generation 2)"),
        "--gc=off": ("refcount reached zero at ",),
        "--mm=tracing": ("tracing collection",),
    }
    for mode, causes in expected_causes.items():
        opts = ["--trace-del"] + ([mode] if mode else [])
        rc, out, err = run(tpy, *opts)
        check(rc == 0, f"--trace-del {mode} rc={rc}")
        lines = [l for l in err.splitlines() if l.startswith("tpy: trace-del: ")]
        dels = [l for l in lines if ".__del__: " in l]
        cbs = [l for l in lines if "weakref callback cb: " in l]
        check(len(dels) == out.count("signing off!"), f"--trace-del {mode}: {len(dels)} __del__ lines")
        check(len(cbs) == 1, f"--trace-del {mode}: {len(cbs)} callback lines")
        for c in causes:
            check(any(c in l for l in lines), f"--trace-del {mode}: no cause '{c}'")
        if not mode:
            check(any(re.search(r"refcount reached zero at .*sample\.py:\d+$", l) for l in dels),
                  "--trace-del: no FILE:LINE")

    # --mem-trace=FILE: CSV with a header, monotone allocation counts.
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "trace.csv")
        rc, out, err = run(tpy, f"--mem-trace={path}")
        check(rc == 0 and out == plain_out, f"--mem-trace rc={rc}")
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
        check(rows and rows[0] == ["allocations", "freed", "live_objects", "live_bytes",
                                   "collections"], f"--mem-trace header {rows[:1]}")
        data = [[int(x) for x in r] for r in rows[1:]]
        check(len(data) >= 1, "--mem-trace: no rows")
        check(all(a[0] <= b[0] for a, b in zip(data, data[1:])), "--mem-trace: allocations not monotone")
        check(all(r[2] == r[0] - r[1] for r in data), "--mem-trace: live != allocated - freed")
        rc, out, err = run(tpy, "--mem-trace=" + os.path.join(d, "no", "such", "dir.csv"))
        check(rc == 2 and "can't open --mem-trace file" in err, f"--mem-trace bad path rc={rc}")

    for f in failures:
        print("FAIL:", f)
    print("check_memviz:", "ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
