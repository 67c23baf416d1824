#!/usr/bin/env python3
"""tests/regen_expected.py: regenerate every golden .exp file from the real CPython.

The expected output of a golden test is never written by hand: it is whatever
CPython (this interpreter, sys.executable, run with -S -E so that site
packages and PYTHON* variables cannot change the result) does with the file.

Usage:  python3 tests/regen_expected.py [--check] [SUITE ...]
        (default: every suite in SUITES)

The script is idempotent: it rewrites a .exp only when its content changes,
prints one line per file it creates or changes, and ends with a summary.
With --check it writes nothing and exits 1 if any .exp is missing or stale
(useful in CI to prove the committed .exp files match CPython).

Suites are a small registry, SUITES: name -> Suite(dir, glob, function).
The function gets the repository root and the path of one test file
(relative to the root) and returns the text of its .exp, or None to skip the
file.  To add a suite (e.g. the golden runtime scripts), write one function
and one registry line.

Paths: CPython is run from the repository root with the file's path relative
to it (tests/syntax/x.py), so a message that embeds the path (the Non-UTF-8
SyntaxError does) names it the way the test runner names it when run from the
root.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import Callable, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60

FILE_LINE = re.compile(r'^  File "(.*)", line (\d+)')
ON_LINE = re.compile(r"\bon line (\d+)\b")


def run_python(root: str, rel: str, args: Optional[list[str]] = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real CPython on `rel` (relative to `root`) and capture everything."""
    cmd = [sys.executable, "-S", "-E", rel] + (args or [])
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(cmd, cwd=root, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=TIMEOUT, env=env)


def syntax_expected(root: str, rel: str) -> Optional[str]:
    """.exp of a syntax case: 'line N' (from the last '  File "...", line N' of
    the traceback; if CPython prints none, from 'on line N' in the message,
    else 'line 0') and the last line of stderr."""
    proc = run_python(root, rel)
    err = proc.stderr.decode("utf-8", errors="backslashreplace")
    lines = [ln for ln in err.splitlines() if ln.strip() != ""]
    if proc.returncode == 0 or not lines:
        raise RuntimeError(f"{rel}: CPython accepted the file (exit {proc.returncode}); "
                           "a syntax case must be rejected")
    last = lines[-1]
    if not re.match(r"^(SyntaxError|IndentationError|TabError|ValueError|UnicodeDecodeError)\b", last):
        raise RuntimeError(f"{rel}: not a compile-time error: {last}")
    line_no = None
    for ln in lines:
        m = FILE_LINE.match(ln)
        if m:
            line_no = int(m.group(2))
    if line_no is None:
        m2 = ON_LINE.search(last)
        line_no = int(m2.group(1)) if m2 else 0
    return f"line {line_no}\n{last}\n"


def runtime_expected(root: str, rel: str) -> Optional[str]:
    """.exp of a golden runtime script (tests/scripts/**, conventions in
    tests/scripts_common.py): run in the script's folder as `name.py args...`
    (or the `# cmdline:` words), stdin from NAME.py.stdin; its stdout, then a
    `@@ exit N` / `@@ stderr: LAST` trailer when it exits non-zero or writes
    to stderr.  Helper modules (mod_*.py) are skipped."""
    sys.path.insert(0, os.path.join(root, "tests"))
    import scripts_common as sc
    path = os.path.join(root, rel)
    if sc.is_helper(path):
        return None
    spec = sc.read_spec(path)
    argv = sc.command([sys.executable, "-B", "-S", "-E", "-X", "utf8"], path, spec)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"       # ignored under -E; scripts must not depend on it
    proc = subprocess.run(argv, cwd=os.path.dirname(path),
                          input=spec.stdin if spec.stdin is not None else b"",
                          capture_output=True, timeout=TIMEOUT, env=env)
    out = proc.stdout.decode("utf-8", errors="backslashreplace")
    err = proc.stderr.decode("utf-8", errors="backslashreplace")
    if proc.returncode < 0:
        raise RuntimeError(f"{rel}: CPython was killed by signal {-proc.returncode}")
    for line in out.split("\n"):
        if line.startswith("@@ "):
            raise RuntimeError(f"{rel}: stdout has a line starting with '@@ ' (reserved)")
    return sc.format_expected(out, proc.returncode, err)


@dataclass(frozen=True)
class Suite:
    directory: str                                   # relative to the repo root
    pattern: str                                     # file name suffix of a test
    expected: Callable[[str, str], Optional[str]]
    recursive: bool = False


SUITES: dict[str, Suite] = {
    "syntax": Suite("tests/syntax", ".py", syntax_expected),
    # golden runtime scripts (part 2): tests/scripts/<area>/name.py -> name.py.exp
    "scripts": Suite("tests/scripts", ".py", runtime_expected, recursive=True),
}


def suite_files(root: str, suite: Suite) -> list[str]:
    base = os.path.join(root, suite.directory)
    found: list[str] = []
    if not os.path.isdir(base):
        return found
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d != "generated" and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(suite.pattern):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
        if not suite.recursive:
            break
    return sorted(found)


def regen_suite(root: str, name: str, suite: Suite, check_only: bool) -> tuple[int, int, int]:
    """Returns (unchanged, changed, errors)."""
    unchanged = changed = errors = 0
    for rel in suite_files(root, suite):
        try:
            text = suite.expected(root, rel)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"error: {exc}")
            errors += 1
            continue
        if text is None:
            continue
        exp_path = os.path.join(root, rel + ".exp")
        old = None
        if os.path.exists(exp_path):
            with open(exp_path, "rb") as f:
                old = f.read().decode("utf-8", errors="backslashreplace")
        if old == text:
            unchanged += 1
            continue
        changed += 1
        verb = "new" if old is None else "changed"
        print(f"{verb}: {rel}.exp: {text.splitlines()[-1] if text else '(empty)'}")
        if old is not None:
            for ln in old.splitlines():
                print(f"    - {ln}")
            for ln in text.splitlines():
                print(f"    + {ln}")
        if not check_only:
            with open(exp_path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    base = os.path.join(root, suite.directory)
    tests = set(suite_files(root, suite))
    for dirpath, _dirs, filenames in os.walk(base):
        _dirs[:] = [d for d in _dirs if d != "__pycache__"]
        for fname in sorted(filenames):
            if (fname.endswith(".exp") and not fname.endswith(".tpy.exp")
                    and not fname.startswith("mod_")):
                rel = os.path.relpath(os.path.join(dirpath, fname), root)
                if rel[:-len(".exp")] not in tests and "generated" not in rel.split(os.sep):
                    print(f"warning: orphan {rel} (no test file beside it)")
        if not suite.recursive:
            break
    print(f"{name}: {unchanged} unchanged, {changed} {'stale' if check_only else 'written'}, "
          f"{errors} errors")
    return unchanged, changed, errors


def main() -> int:
    ap = argparse.ArgumentParser(description="Regenerate golden .exp files from CPython.")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    ap.add_argument("--root", default=ROOT, help="repository root (default: this checkout)")
    ap.add_argument("suites", nargs="*", help=f"suites (default: all of {', '.join(SUITES)})")
    opts = ap.parse_args()
    names = opts.suites or list(SUITES)
    if sys.version_info[:3] < (3, 11, 4):
        # 3.11.2 (Debian 12) reads a NUL byte as end of line instead of rejecting the
        # file, so tests/syntax/nul_byte.py would get a different .exp.
        print(f"warning: {sys.executable} is {sys.version.split()[0]}; the committed .exp "
              "files come from CPython >= 3.11.4", file=sys.stderr)
    bad = [n for n in names if n not in SUITES]
    if bad:
        print(f"unknown suite(s): {', '.join(bad)}; known: {', '.join(SUITES)}", file=sys.stderr)
        return 2
    total_changed = total_errors = 0
    for name in names:
        _, changed, errors = regen_suite(opts.root, name, SUITES[name], opts.check)
        total_changed += changed
        total_errors += errors
    if total_errors or (opts.check and total_changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
