#!/usr/bin/env python3
"""tests/run_tests.py: tpy's golden test runner (stdlib only).

Usage:
    python3 tests/run_tests.py --tpy build/tpy [--mypy] [-j N] [-k SUBSTR] [SUITE ...]

Suites (default: all of them):
  typecheck  tests/typecheck/accept/*.py must check clean (exit 0, no output) and
             run under CPython (exit 0); tests/typecheck/reject/*.py must produce
             exactly the errors written in their `# E:COL: MESSAGE` comments.
  syntax     tests/syntax/*.py must fail like CPython does (the `line N` and the
             last line recorded in NAME.py.exp, or NAME.py.tpy.exp when tpy differs
             on purpose); tests/syntax/generated/ (big or malformed inputs made by
             tests/gen_inputs.py at run time) gets its expectations from CPython
             now, or is checked for "clean error or clean success, no crash, no hang".
  examples   examples/*.py must check clean, run under CPython, and run under
             tpy with CPython's stdout (unless marked `# tpy-output: differs`).
  scripts    tests/scripts/**/*.py (not the mod_*.py helpers): `tpy --check` accepts
             each silently ([check]); `tpy NAME.py` run in the script's folder
             prints exactly the stdout in NAME.py.exp (NAME.py.tpy.exp if present),
             exits with its status, and ends stderr with its last line ([tpy]);
             run with TPY_REPORT_LIVE=1, tpy must print `tpy: 0 live objects at
             exit` on stderr (any N is allowed with `# live-objects: cycles`).
             Conventions (args, stdin, cmdline, .exp format): tests/scripts_common.py.

With --mypy, agreement with `mypy --strict` is checked as well: mypy runs once
per directory (it takes about a second just to start).

Every check is one result: `typecheck/accept/foo.py [tpy]`, `... [python3]`,
`... [mypy]`.  A failure prints one line, `FAIL <name>: <why>`, followed by an
indented diff or explanation.  The last line is `N passed, N failed[, N skipped]`;
the exit status is 1 if anything failed.  Expected outputs always come from
CPython and mypy, never from tpy.  The test formats are described in
docs/design.md, "Testing".
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import difflib
import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import types
from typing import Callable, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITES = ("typecheck", "syntax", "examples", "scripts")
TPY_TIMEOUT = 10.0          # seconds per tpy invocation: a hang is a failure
ACCEPT_RUN_TIMEOUT = 10.0   # python3 running an accept test
EXAMPLE_RUN_TIMEOUT = 60.0  # python3 running an example
ORACLE_TIMEOUT = 30.0       # python3 computing a generated case's expectation
MYPY_TIMEOUT = 600.0
MYPY_FLAGS = ["--strict", "--show-column-numbers", "--no-error-summary", "--no-incremental"]

# Signs that a sanitizer (ASan, UBSan, LSan) found a bug: such a run is a crash
# even though ASan exits with status 1, the same status as a clean error.
SANITIZER_RE = re.compile(r"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error: "
                          r"|UndefinedBehaviorSanitizer|AddressSanitizer:DEADLYSIGNAL")
ERROR_LINE_RE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*)$")
# mypy omits the column for a few errors (e.g. a generator's return type).
MYPY_LINE_RE = re.compile(r"^(?P<file>.*?):(?P<line>\d+)(?::(?P<col>\d+))?: error: (?P<msg>.*)$")
MYPY_CODE_RE = re.compile(r"  \[[a-z0-9-]+\]$")
FILE_LINE_RE = re.compile(r'^\s*File "(?P<file>.*)", line (?P<line>\d+)')
EXPECT_RE = re.compile(r"#\s*E(?P<tag>\[tpy\])?(?P<next>\+1)?:(?P<col>\d+):\s?")
IN_FILE_RE = re.compile(r" in file \S.*? on line ")
SYNTAX_EXC_RE = re.compile(r"^(SyntaxError|IndentationError|TabError)\b")


# ---------------------------------------------------------------- results

@dataclasses.dataclass
class Result:
    name: str
    status: str                 # "pass", "fail", "skip"
    why: str = ""
    details: str = ""


@dataclasses.dataclass
class Run:
    """One finished process: what a check looks at."""
    returncode: Optional[int]   # None: timed out
    stdout: str
    stderr: str
    seconds: float

    def problem(self, timeout: float) -> Optional[str]:
        """A crash, hang or sanitizer report, described; None if the run was clean."""
        if self.returncode is None:
            return f"hang: no exit within {timeout:g} s (killed)"
        if self.returncode < 0:
            try:
                sig = signal.Signals(-self.returncode).name
            except ValueError:
                sig = f"signal {-self.returncode}"
            return f"crash: killed by {sig}"
        if SANITIZER_RE.search(self.stderr):
            return "sanitizer report (see stderr below)"
        return None


def run_process(argv: list[str], timeout: float, cwd: str = ROOT,
                stdin: Optional[bytes] = None, env: Optional[dict[str, str]] = None) -> Run:
    """Runs argv with a timeout; the process group is killed if it hangs."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=cwd,
                                stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env=env)
    except OSError as exc:
        return Run(127, "", f"cannot run {argv[0]}: {exc}", 0.0)
    try:
        out, err = proc.communicate(input=stdin, timeout=timeout)
        code: Optional[int] = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        code = None
    return Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
               time.monotonic() - start)


def indent(text: str, limit: int = 40) -> str:
    lines = text.rstrip("\n").split("\n")
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more lines)"]
    return "\n".join("    " + line[:300] for line in lines)


def show_run(run: Run) -> str:
    parts = []
    if run.stdout.strip():
        parts.append("stdout:\n" + indent(run.stdout))
    if run.stderr.strip():
        parts.append("stderr:\n" + indent(run.stderr))
    return "\n".join(parts)


def rel(path: str) -> str:
    return os.path.relpath(path, ROOT)


# ---------------------------------------------------------------- mypy

class Mypy:
    """Runs mypy once per directory batch, on demand, and caches its errors.

    errors(dir, files) returns {relpath: [(line, col, message)]} for the batch.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.exe = shutil.which("mypy") if enabled else None
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self.batches: dict[str, concurrent.futures.Future[tuple[dict[str, list[tuple[int, int, str]]], str]]] = {}
        self.lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self.exe is not None

    def submit(self, key: str, files: list[str]) -> None:
        if not self.available or not files:
            return
        with self.lock:
            if key not in self.batches:
                self.batches[key] = self.pool.submit(self._run, files)

    def errors(self, key: str) -> tuple[dict[str, list[tuple[int, int, str]]], str]:
        return self.batches[key].result()

    def _run(self, files: list[str]) -> tuple[dict[str, list[tuple[int, int, str]]], str]:
        assert self.exe is not None
        cache = tempfile.mkdtemp(prefix="tpy-mypy-")
        try:
            run = run_process([self.exe, *MYPY_FLAGS, f"--cache-dir={cache}",
                               *[rel(f) for f in files]], MYPY_TIMEOUT)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        found: dict[str, list[tuple[int, int, str]]] = {}
        for line in run.stdout.splitlines():
            m = MYPY_LINE_RE.match(line)
            if m:
                msg = MYPY_CODE_RE.sub("", m["msg"])
                found.setdefault(os.path.normpath(m["file"]), []).append(
                    (int(m["line"]), int(m["col"] or 0), msg))
        trouble = ""
        if run.returncode not in (0, 1) or run.stderr.strip():
            trouble = f"mypy exited with {run.returncode}\n" + show_run(run)
        return found, trouble

    def close(self) -> None:
        self.pool.shutdown(wait=True)


# ---------------------------------------------------------------- the checks

@dataclasses.dataclass
class Context:
    tpy: str
    python: str
    mypy: Mypy
    want_mypy: bool


def run_tpy(ctx: Context, path: str) -> Run:
    return run_process([ctx.tpy, "--check", rel(path)], TPY_TIMEOUT)


def tpy_errors(run: Run) -> tuple[set[tuple[int, int, str]], list[str]]:
    """(line, col, message) of every `error:` line, and the lines that are not errors."""
    errors: set[tuple[int, int, str]] = set()
    other = []
    for line in run.stdout.splitlines():
        m = ERROR_LINE_RE.match(line)
        if m:
            errors.add((int(m["line"]), int(m["col"]), m["msg"]))
        elif ": note: " not in line and line.strip():
            other.append(line)
    return errors, other


def check_tpy_clean(ctx: Context, name: str, path: str) -> Result:
    """tpy --check prints nothing and exits 0."""
    run = run_tpy(ctx, path)
    problem = run.problem(TPY_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    if run.returncode != 0 or run.stdout.strip():
        return Result(name, "fail", f"tpy --check should accept it silently (exit {run.returncode})",
                      show_run(run))
    return Result(name, "pass")


def check_python_runs(ctx: Context, name: str, path: str, timeout: float) -> Result:
    """CPython runs the script to completion (exit 0)."""
    run = run_process([ctx.python, "-B", "-S", "-E", rel(path)], timeout)
    if run.returncode != 0:
        why = "hang" if run.returncode is None else f"exit {run.returncode}"
        return Result(name, "fail", f"python3 does not run it cleanly ({why})", show_run(run))
    return Result(name, "pass")


EXAMPLE_DIFFERS = "# tpy-output: differs"


def check_example_output(ctx: Context, name: str, path: str, timeout: float) -> Result:
    """tpy runs the example with python3's stdout and exit status.  An example
    that prints tpy's own measurements (sys.getsizeof of tpy's objects) says
    `# tpy-output: differs (why)` and must only run cleanly."""
    with open(path, encoding="utf-8", errors="replace") as f:
        differs = any(line.startswith(EXAMPLE_DIFFERS) for line in f)
    tpy_run = run_process([ctx.tpy, rel(path)], timeout)
    problem = tpy_run.problem(timeout)
    if problem:
        return Result(name, "fail", problem, show_run(tpy_run))
    py_run = run_process([ctx.python, "-B", "-S", "-E", rel(path)], timeout)
    if tpy_run.returncode != py_run.returncode:
        return Result(name, "fail", f"exit {tpy_run.returncode}, python3 exits {py_run.returncode}",
                      show_run(tpy_run))
    if not differs and tpy_run.stdout != py_run.stdout:
        diff = difflib.unified_diff(py_run.stdout.splitlines(), tpy_run.stdout.splitlines(),
                                    "python3", "tpy", lineterm="", n=1)
        return Result(name, "fail", "stdout differs from python3's", "\n".join(list(diff)[:30]))
    return Result(name, "pass")


def mypy_skip_or_none(ctx: Context, name: str) -> Optional[Result]:
    if not ctx.mypy.available:
        return Result(name, "skip", "mypy not found")
    return None


def check_mypy_clean(ctx: Context, name: str, path: str, batch: str) -> Result:
    """mypy --strict reports nothing for the file (unless it says `# mypy: disagrees`)."""
    skipped = mypy_skip_or_none(ctx, name)
    if skipped:
        return skipped
    with open(path, encoding="utf-8", errors="replace") as f:
        if any(line.strip() == "# mypy: disagrees" for line in f):
            return Result(name, "skip", "marked `# mypy: disagrees`")
    found, trouble = ctx.mypy.errors(batch)
    errs = found.get(os.path.normpath(rel(path)), [])
    if errs:
        text = "\n".join(f"{rel(path)}:{l}:{c}: error: {m}" for l, c, m in sorted(errs))
        return Result(name, "fail", "mypy --strict reports errors (add `# mypy: disagrees` "
                      "with a reason only for a deliberate difference)", indent(text))
    if trouble:
        return Result(name, "fail", "mypy did not run cleanly", trouble)
    return Result(name, "pass")


def parse_expectations(path: str) -> tuple[set[tuple[int, int, str]], set[int], list[str]]:
    """The `# E:COL: MESSAGE` comments of a reject test.

    Returns the expected (line, col, message) set, the lines whose errors mypy
    must also report (everything not marked E[tpy]) and format problems found.
    """
    expected: set[tuple[int, int, str]] = set()
    mypy_lines: set[int] = set()
    problems = []
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for number, text in enumerate(lines, start=1):
        marks = list(EXPECT_RE.finditer(text))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            message = text[m.end():end].rstrip()
            target = number + 1 if m["next"] else number
            if not message:
                problems.append(f"line {number}: expectation without a message")
                continue
            expected.add((target, int(m["col"]), message))
            if not m["tag"]:
                mypy_lines.add(target)
    return expected, mypy_lines, problems


def fmt_errors(path: str, errors: set[tuple[int, int, str]]) -> list[str]:
    return [f"{rel(path)}:{l}:{c}: error: {m}" for l, c, m in sorted(errors)]


def check_reject(ctx: Context, name: str, path: str) -> Result:
    """tpy reports exactly the expected errors and exits 1."""
    expected, _, problems = parse_expectations(path)
    if problems:
        return Result(name, "fail", "malformed expectations", indent("\n".join(problems)))
    if not expected:
        return Result(name, "fail", "a reject test needs at least one `# E:COL: MESSAGE` comment")
    run = run_tpy(ctx, path)
    problem = run.problem(TPY_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    got, other = tpy_errors(run)
    if got == expected and run.returncode == 1 and not other:
        return Result(name, "pass")
    why = []
    if run.returncode != 1:
        why.append(f"exit {run.returncode}, expected 1")
    if got != expected:
        why.append("errors differ")
    if other:
        why.append("unexpected output")
    diff = "\n".join(difflib.unified_diff(fmt_errors(path, expected), fmt_errors(path, got),
                                          "expected", "tpy", lineterm="", n=0))
    details = indent(diff) if diff else ""
    if other:
        details += ("\n" if details else "") + "other output:\n" + indent("\n".join(other))
    return Result(name, "fail", ", ".join(why), details)


def check_reject_mypy(ctx: Context, name: str, path: str, batch: str) -> Result:
    """Every expected error line (except E[tpy] ones) gets at least one mypy error."""
    skipped = mypy_skip_or_none(ctx, name)
    if skipped:
        return skipped
    _, mypy_lines, _ = parse_expectations(path)
    found, trouble = ctx.mypy.errors(batch)
    mypy_err_lines = {l for l, _, _ in found.get(os.path.normpath(rel(path)), [])}
    missing = sorted(mypy_lines - mypy_err_lines)
    if missing:
        msg = ", ".join(str(n) for n in missing)
        return Result(name, "fail", f"mypy --strict accepts line(s) {msg}: mark a deliberate "
                      "difference `# E[tpy]:COL: ...` and explain it at the top", trouble)
    return Result(name, "pass")


# ---------------------------------------------------------------- syntax suite

@dataclasses.dataclass
class SyntaxExpect:
    line: int
    last: str
    source: str                 # which file or oracle it came from


def read_exp(path: str) -> SyntaxExpect:
    """`line N` then the last line of CPython's stderr; lines starting with # are comments."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    lines = [l for l in lines if l.strip()]
    if len(lines) != 2 or not re.fullmatch(r"line \d+", lines[0].strip()):
        raise ValueError(f"{rel(path)}: expected two lines, `line N` and the error line")
    return SyntaxExpect(int(lines[0].split()[1]), lines[1], rel(path))


def normalize_paths(text: str, path: str) -> str:
    """CPython prints absolute paths, tpy the path it was given: compare as FILE.

    A committed .exp may also hold the absolute path of the checkout that wrote
    it (CPython's "Non-UTF-8 code ... in file /abs/x.py on line 2"), which is
    not this one in CI's fresh clone."""
    for p in sorted({os.path.abspath(path), rel(path)}, key=len, reverse=True):
        text = text.replace(p, "FILE")
    return IN_FILE_RE.sub(" in file FILE on line ", text)


def compare_syntax(ctx: Context, name: str, path: str, exp: SyntaxExpect) -> Result:
    run = run_tpy(ctx, path)
    problem = run.problem(TPY_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    out = run.stdout if run.stdout.strip() else run.stderr
    lines = [l for l in out.rstrip("\n").split("\n")]
    last = lines[-1] if lines else ""
    file_lines = [int(m["line"]) for m in map(FILE_LINE_RE.match, lines) if m]
    why = []
    if run.returncode != 1:
        why.append(f"exit {run.returncode}, expected 1")
    if exp.line not in file_lines:
        got = ", ".join(map(str, file_lines)) or "none"
        why.append(f"expected `File \"...\", line {exp.line}`, got line {got}")
    if normalize_paths(last, path) != normalize_paths(exp.last, path):
        why.append("last line differs")
    if not why:
        return Result(name, "pass")
    details = (f"expected ({exp.source}):\n    line {exp.line}\n    {exp.last}\n"
               f"tpy:\n" + indent(out if out.strip() else "(no output)", 12))
    return Result(name, "fail", "; ".join(why), details)


def check_syntax_file(ctx: Context, name: str, path: str) -> Result:
    for exp_path in (path + ".tpy.exp", path + ".exp"):
        if os.path.exists(exp_path):
            try:
                exp = read_exp(exp_path)
            except ValueError as exc:
                return Result(name, "fail", str(exc))
            return compare_syntax(ctx, name, path, exp)
    return Result(name, "fail", f"no {rel(path)}.exp: run `python3 tests/regen_expected.py syntax`")


def python_oracle(ctx: Context, path: str) -> tuple[Optional[SyntaxExpect], Run]:
    """What CPython says about a file: an expectation if it is a syntax error."""
    run = run_process([ctx.python, "-S", "-E", path], ORACLE_TIMEOUT)
    lines = run.stderr.rstrip("\n").split("\n")
    last = lines[-1] if lines else ""
    if run.returncode is not None and run.returncode != 0 and SYNTAX_EXC_RE.match(last):
        file_lines = [int(m["line"]) for m in map(FILE_LINE_RE.match, lines) if m]
        # An undecodable file has no File line; CPython names the line in the message.
        m = re.search(r" on line (\d+)", last)
        line = file_lines[-1] if file_lines else int(m.group(1)) if m else 1
        return SyntaxExpect(line, last, f"{os.path.basename(ctx.python)} now"), run
    return None, run


def check_generated(ctx: Context, name: str, path: str, kind: str) -> Result:
    """kind "valid": must check clean; otherwise: CPython's SyntaxError, or clean behaviour."""
    if kind == "valid":
        result = check_tpy_clean(ctx, name, path)
        if result.status == "pass":
            py = run_process([ctx.python, "-S", "-E", path], ORACLE_TIMEOUT)
            if py.returncode != 0:
                return Result(name, "fail", "generator bug: python3 rejects this 'valid' input",
                              show_run(py))
        return result
    exp, _ = python_oracle(ctx, path)
    if exp is not None and "null bytes" not in exp.last:
        with open(path, "rb") as f:
            if b"\0" in f.read():
                # CPython before 3.11.4 (Debian 12 has 3.11.2) reads a NUL byte as
                # the end of the line instead of rejecting the file as later 3.11s
                # do; such an oracle is not trusted on NULs: clean check only.
                exp = None
    if exp is not None:
        return compare_syntax(ctx, name, path, exp)
    # CPython's answer is not a SyntaxError (e.g. it runs, or raises ValueError):
    # tpy must succeed or fail cleanly, without crashing or hanging.
    run = run_tpy(ctx, path)
    problem = run.problem(TPY_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    if run.returncode not in (0, 1):
        return Result(name, "fail", f"exit {run.returncode}, expected 0 or 1", show_run(run))
    return Result(name, "pass")


# ---------------------------------------------------------------- collecting

Check = tuple[str, Callable[[], Result]]


def add(checks: list[Check], name: str, fn: Callable[..., Result], ctx: Context,
        *args: object) -> None:
    """Queues fn(ctx, name, *args) under `name`."""
    checks.append((name, functools.partial(fn, ctx, name, *args)))


def py_files(directory: str) -> list[str]:
    if not os.path.isdir(directory):
        return []
    return sorted(os.path.join(directory, f) for f in os.listdir(directory) if f.endswith(".py"))


def collect_typecheck(ctx: Context, keep: Callable[[str], bool]) -> list[Check]:
    checks: list[Check] = []
    accept_dir = os.path.join(ROOT, "tests", "typecheck", "accept")
    reject_dir = os.path.join(ROOT, "tests", "typecheck", "reject")
    accept = [p for p in py_files(accept_dir) if keep(rel(p))]
    reject = [p for p in py_files(reject_dir) if keep(rel(p))]
    if ctx.want_mypy:
        ctx.mypy.submit("accept", accept)
        ctx.mypy.submit("reject", reject)
    for p in accept:
        base = rel(p).removeprefix("tests/")
        add(checks, base + " [tpy]", check_tpy_clean, ctx, p)
        add(checks, base + " [python3]", check_python_runs, ctx, p, ACCEPT_RUN_TIMEOUT)
        if ctx.want_mypy:
            add(checks, base + " [mypy]", check_mypy_clean, ctx, p, "accept")
    for p in reject:
        base = rel(p).removeprefix("tests/")
        add(checks, base + " [tpy]", check_reject, ctx, p)
        if ctx.want_mypy:
            add(checks, base + " [mypy]", check_reject_mypy, ctx, p, "reject")
    return checks


def collect_syntax(ctx: Context, keep: Callable[[str], bool]) -> list[Check]:
    checks: list[Check] = []
    syntax_dir = os.path.join(ROOT, "tests", "syntax")
    for p in py_files(syntax_dir):
        if keep(rel(p)):
            add(checks, rel(p).removeprefix("tests/") + " [tpy]", check_syntax_file, ctx, p)
    # Big and malformed inputs, written fresh at every run (git-ignored).
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    sys.dont_write_bytecode = True      # no tests/__pycache__
    try:
        import gen_inputs
    except ImportError as exc:
        print(f"warning: tests/gen_inputs.py unavailable ({exc}); generated inputs skipped")
        return checks
    gen_dir = os.path.join(syntax_dir, "generated")
    cases = [c for c in gen_inputs.CASES if keep(f"tests/syntax/generated/{c.name}.py")]
    for case, p in zip(cases, gen_inputs.write_cases(gen_dir, cases)):
        add(checks, rel(p).removeprefix("tests/") + " [tpy]", check_generated, ctx, p, case.kind)
    return checks


def collect_examples(ctx: Context, keep: Callable[[str], bool]) -> list[Check]:
    checks: list[Check] = []
    files = [p for p in py_files(os.path.join(ROOT, "examples")) if keep(rel(p))]
    if ctx.want_mypy:
        ctx.mypy.submit("examples", files)
    for p in files:
        base = rel(p)
        add(checks, base + " [tpy]", check_tpy_clean, ctx, p)
        add(checks, base + " [python3]", check_python_runs, ctx, p, EXAMPLE_RUN_TIMEOUT)
        add(checks, base + " [run]", check_example_output, ctx, p, EXAMPLE_RUN_TIMEOUT)
        if ctx.want_mypy:
            add(checks, base + " [mypy]", check_mypy_clean, ctx, p, "examples")
    return checks


# ---------------------------------------------------------------- scripts suite
# The golden runtime scripts (part 2).  Conventions: tests/scripts_common.py.

SCRIPT_TIMEOUT = 10.0


def scripts_module() -> types.ModuleType:
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    sys.dont_write_bytecode = True
    import scripts_common
    return scripts_common


def check_script_check(ctx: Context, name: str, path: str) -> Result:
    """`tpy --check NAME.py`, in the script's folder, is silent and exits 0."""
    run = run_process([ctx.tpy, "--check", os.path.basename(path)], TPY_TIMEOUT,
                      cwd=os.path.dirname(path))
    problem = run.problem(TPY_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    if run.returncode != 0 or run.stdout.strip():
        return Result(name, "fail", f"tpy --check should accept it silently (exit {run.returncode})",
                      show_run(run))
    return Result(name, "pass")


def check_script_run(ctx: Context, name: str, path: str) -> Result:
    """tpy runs the script like CPython did (the .exp), with no live objects left."""
    sc = scripts_module()
    exp, exp_path = sc.read_expected(path)
    if exp is None:
        return Result(name, "fail", f"no {rel(exp_path)}: run `python3 tests/regen_expected.py scripts`")
    spec = sc.read_spec(path)
    env = dict(os.environ)
    env["TPY_REPORT_LIVE"] = "1"
    if spec.cycles:
        # The script leaks reference cycles on purpose until the cycle
        # collector exists; LeakSanitizer (in the ASan build) would report
        # them.  Every other script keeps LeakSanitizer on.
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
    run = run_process(sc.command([ctx.tpy], path, spec), SCRIPT_TIMEOUT,
                      cwd=os.path.dirname(path), stdin=spec.stdin if spec.stdin is not None else b"",
                      env=env)
    problem = run.problem(SCRIPT_TIMEOUT)
    if problem:
        return Result(name, "fail", problem, show_run(run))
    stderr, live = sc.strip_live_lines(run.stderr)
    last = sc.last_line(stderr)
    why = []
    details = []
    if run.stdout != exp.stdout:
        why.append("stdout differs")
        diff = difflib.unified_diff(exp.stdout.splitlines(keepends=True),
                                    run.stdout.splitlines(keepends=True),
                                    rel(exp_path), "tpy", n=2)
        details.append(indent("".join(line if line.endswith("\n") else line + "\n"
                                      for line in diff)))
    if run.returncode != exp.exit:
        why.append(f"exit {run.returncode}, expected {exp.exit}")
    if last != exp.stderr_last:
        why.append("last stderr line differs")
        details.append(f"    expected: {exp.stderr_last!r}\n    tpy:      {last!r}")
    if not live:
        why.append("no `tpy: N live objects at exit` line on stderr (TPY_REPORT_LIVE=1)")
    elif live[-1] != 0 and not spec.cycles:
        why.append(f"{live[-1]} live objects at exit (refcount leak?)")
    if not why:
        return Result(name, "pass")
    if run.stderr.strip():
        details.append("stderr:\n" + indent(run.stderr, 15))
    return Result(name, "fail", "; ".join(why), "\n".join(details))


def collect_scripts(ctx: Context, keep: Callable[[str], bool]) -> list[Check]:
    checks: list[Check] = []
    sc = scripts_module()
    scripts = [p for p in sc.collect(ROOT) if keep(rel(p))]
    if ctx.want_mypy:
        by_dir: dict[str, list[str]] = {}
        for p in scripts:
            by_dir.setdefault(os.path.dirname(p), []).append(p)
        for d, files in by_dir.items():
            helpers = [os.path.join(d, f) for f in sorted(os.listdir(d))
                       if f.endswith(".py") and sc.is_helper(f)]
            ctx.mypy.submit("scripts:" + d, files + helpers)
    for p in scripts:
        base = rel(p).removeprefix("tests/")
        add(checks, base + " [check]", check_script_check, ctx, p)
        add(checks, base + " [tpy]", check_script_run, ctx, p)
        if ctx.want_mypy:
            add(checks, base + " [mypy]", check_mypy_clean, ctx, p, "scripts:" + os.path.dirname(p))
    return checks


# ---------------------------------------------------------------- main

# ---------------------------------------------------------------- known failures
# tests/known_failures.txt names results (as printed after FAIL, e.g.
# `typecheck/accept/x.py [tpy]`) that fail today for a reason the file states.
# They are reported as "xfail" and do not fail the run; a listed result that
# passes fails the run ("XPASS"), so the list can only shrink.

KNOWN_FAILURES = os.path.join(ROOT, "tests", "known_failures.txt")


def read_known_failures() -> set[str]:
    known: set[str] = set()
    try:
        with open(KNOWN_FAILURES, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    except FileNotFoundError:
        pass
    return known


def apply_known_failures(res: Result, known: set[str]) -> Result:
    if res.name not in known:
        return res
    if res.status == "fail":
        return Result(res.name, "xfail", res.why)
    if res.status == "pass":
        return Result(res.name, "fail", f"XPASS: passes now; remove it from {rel(KNOWN_FAILURES)}")
    return res


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Run tpy's golden tests.")
    ap.add_argument("--tpy", default=os.path.join(ROOT, "build", "tpy"),
                    help="the tpy binary to test (default: build/tpy)")
    ap.add_argument("--mypy", action="store_true", help="also check agreement with mypy --strict")
    ap.add_argument("--python", default=sys.executable,
                    help="the CPython that runs programs and computes expectations "
                         "(default: the one running this script)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel checks (default 2)")
    ap.add_argument("-k", dest="filter", action="append", default=[],
                    help="only files whose path contains SUBSTR (repeatable: any may match)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every result")
    ap.add_argument("suites", nargs="*", metavar="SUITE", help=f"any of {', '.join(SUITES)}")
    args = ap.parse_args(argv)

    for s in args.suites:
        if s not in SUITES:
            ap.error(f"unknown suite {s!r} (choose from {', '.join(SUITES)})")
    suites = args.suites or list(SUITES)
    tpy = os.path.abspath(args.tpy)
    if not os.access(tpy, os.X_OK):
        print(f"error: tpy binary not found or not executable: {args.tpy}")
        print("0 passed, 1 failed")
        return 1

    mypy = Mypy(args.mypy)
    if args.mypy and not mypy.available:
        print("mypy not found: agreement checks skipped")
    ctx = Context(tpy, args.python, mypy, args.mypy)

    def keep(path: str) -> bool:
        return not args.filter or any(f in path for f in args.filter)

    collectors = {"typecheck": collect_typecheck, "syntax": collect_syntax,
                  "examples": collect_examples, "scripts": collect_scripts}
    checks: list[Check] = []
    for s in suites:
        checks.extend(collectors[s](ctx, keep))

    known = read_known_failures()
    counts = {"pass": 0, "fail": 0, "skip": 0, "xfail": 0}
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [(name, pool.submit(fn)) for name, fn in checks]
        for name, fut in futures:
            try:
                res = fut.result()
            except Exception as exc:  # a runner bug must not hide the other results
                res = Result(name, "fail", f"runner error: {type(exc).__name__}: {exc}")
            res = apply_known_failures(res, known)
            counts[res.status] += 1
            if res.status == "fail":
                print(f"FAIL {res.name}: {res.why}")
                if res.details:
                    print(res.details)
            elif args.verbose:
                extra = f" ({res.why})" if res.why else ""
                print(f"{res.status.upper()} {res.name}{extra}")
            sys.stdout.flush()
    mypy.close()

    summary = f"{counts['pass']} passed, {counts['fail']} failed"
    if counts["skip"]:
        summary += f", {counts['skip']} skipped"
    if counts["xfail"]:
        print(f"({counts['xfail']} known failures listed in {rel(KNOWN_FAILURES)} still fail; "
              "-v lists them)")
    if args.verbose:
        print(f"({time.monotonic() - start:.1f} s, {', '.join(suites)})")
    print(summary)
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
