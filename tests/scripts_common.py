"""tests/scripts_common.py: the conventions of the golden runtime scripts
(tests/scripts/**), shared by tests/run_tests.py (suite `scripts`) and
tests/regen_expected.py (suite `scripts`), so both read them the same way.

A golden script is tests/scripts/<area>/<name>.py, except helper modules,
which are named mod_*.py and only imported.  Beside it:

  <name>.py.exp       what CPython did, written by `python3 tests/regen_expected.py
                      scripts`, never by hand (format below);
  <name>.py.tpy.exp   optional, hand-written: tpy's documented deliberate
                      difference (docs/language.md, section 7); the runner
                      prefers it.  Leading lines starting with `#` are comments;
  <name>.py.stdin     optional: fed to the script's stdin (otherwise /dev/null).

How a script is run (python3 for the .exp, tpy by the runner): the working
directory is the script's own folder and the script is named by its base name
(`tpy name.py args...`), so `import mod_helper` finds the helper beside it,
files a script writes land in its folder (the script removes them), and
tracebacks and sys.argv[0] say `name.py` whatever the checkout's path.
CPython runs as `python3 -S -E -X utf8` (no site packages, no PYTHON*
variables, UTF-8 I/O, as tpy's).

Header comments, among the leading comment lines of the script:
  # args: a b 'c d'       extra command-line arguments (shell-like quoting)
  # cmdline: -c 'print(1)'  replaces `name.py args...` entirely (for -c tests);
                          the file itself is then only the carrier of the test
  # live-objects: cycles  the script leaks reference cycles on purpose (until the
                          cycle collector, part 3): the live-object count at exit
                          is not required to be zero

The .exp format: the script's stdout, byte for byte; then, only when the exit
status is not 0 or stderr is not empty, a trailer:
  @@ no final newline       (only if stdout was non-empty and did not end in \n)
  @@ exit N
  @@ stderr: LAST           (only if stderr has a non-blank line: the last one)
A script whose stdout itself contains a line starting with `@@ ` is not allowed.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shlex
from typing import Optional

SCRIPTS_DIR = os.path.join("tests", "scripts")
HELPER_PREFIX = "mod_"
LIVE_RE = re.compile(r"^tpy: (\d+) live objects? at exit$")
CYCLES_MARK = "# live-objects: cycles"


@dataclasses.dataclass
class Spec:
    args: list[str]
    cmdline: Optional[list[str]]     # replaces [name.py, *args] when set
    stdin: Optional[bytes]
    cycles: bool                     # `# live-objects: cycles`


@dataclasses.dataclass
class Expected:
    stdout: str
    exit: int
    stderr_last: Optional[str]       # None: stderr must have no non-blank line


def is_helper(path: str) -> bool:
    return os.path.basename(path).startswith(HELPER_PREFIX)


def collect(root: str) -> list[str]:
    """Every golden script (absolute paths, sorted), helpers excluded."""
    base = os.path.join(root, SCRIPTS_DIR)
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in sorted(filenames):
            if name.endswith(".py") and not is_helper(name):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def read_spec(path: str) -> Spec:
    args: list[str] = []
    cmdline: Optional[list[str]] = None
    cycles = False
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("#!") or s == "":
            continue
        if not s.startswith("#"):
            break
        if s.startswith("# args:"):
            args = shlex.split(s[len("# args:"):])
        elif s.startswith("# cmdline:"):
            cmdline = shlex.split(s[len("# cmdline:"):])
        elif s == CYCLES_MARK:
            cycles = True
    if CYCLES_MARK in text:
        cycles = True
    stdin = None
    if os.path.exists(path + ".stdin"):
        with open(path + ".stdin", "rb") as f:
            stdin = f.read()
    return Spec(args, cmdline, stdin, cycles)


def command(interpreter: list[str], path: str, spec: Spec) -> list[str]:
    """The argv that runs the script (to be run with cwd = its folder)."""
    if spec.cmdline is not None:
        return interpreter + spec.cmdline
    return interpreter + [os.path.basename(path)] + spec.args


def strip_live_lines(stderr: str) -> tuple[str, list[int]]:
    """stderr without tpy's `tpy: N live objects at exit` lines, and the Ns."""
    kept, counts = [], []
    for line in stderr.split("\n"):
        m = LIVE_RE.match(line.strip())
        if m:
            counts.append(int(m.group(1)))
        else:
            kept.append(line)
    return "\n".join(kept), counts


def last_line(stderr: str) -> Optional[str]:
    lines = [ln.rstrip("\r") for ln in stderr.split("\n") if ln.strip()]
    return lines[-1] if lines else None


def format_expected(stdout: str, exit_code: int, stderr: str) -> str:
    last = last_line(stderr)
    if exit_code == 0 and last is None:
        return stdout
    out = stdout
    if out and not out.endswith("\n"):
        out += "\n@@ no final newline\n"
    out += f"@@ exit {exit_code}\n"
    if last is not None:
        out += f"@@ stderr: {last}\n"
    return out


def parse_expected(text: str) -> Expected:
    lines = text.split("\n")
    # text ends with "\n" when there is a trailer: lines[-1] == ""
    exit_code, err = 0, None
    if len(lines) >= 2 and lines[-1] == "" and lines[-2].startswith("@@ "):
        body = lines[:-1]
        trailer: list[str] = []
        while body and body[-1].startswith("@@ "):
            trailer.insert(0, body.pop())
        stdout = "\n".join(body) + ("\n" if body else "")
        for t in trailer:
            if t == "@@ no final newline":
                stdout = stdout[:-1]
            elif t.startswith("@@ exit "):
                exit_code = int(t[len("@@ exit "):])
            elif t.startswith("@@ stderr: "):
                err = t[len("@@ stderr: "):]
        return Expected(stdout, exit_code, err)
    return Expected(text, 0, None)


def read_expected(path: str) -> tuple[Optional[Expected], str]:
    """The expectation of a script (.tpy.exp preferred) and the file it came from."""
    tpy_exp = path + ".tpy.exp"
    if os.path.exists(tpy_exp):
        with open(tpy_exp, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        while lines and lines[0].startswith("#"):
            lines.pop(0)
        return parse_expected("\n".join(lines)), tpy_exp
    exp = path + ".exp"
    if os.path.exists(exp):
        with open(exp, encoding="utf-8", newline="") as f:
            return parse_expected(f.read()), exp
    return None, exp
