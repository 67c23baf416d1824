#!/usr/bin/env python3
"""bench/run.py: tpy's benchmark suite, one table from one run.

Runs every benchmark script in bench/ with tpy (and, when `tpy --help`
mentions --jit, with --jit=off, --jit=on and --jit=auto), with the real
CPython binary (sys.executable of `python3`, not a pyenv shim), with pypy3
when installed, and with the C versions in bench/c/ (built here with
gcc -O2 -ffp-contract=off into a temporary directory).

Every implementation's stdout must equal CPython's before its time counts;
a failure (missing binary, crash, non-zero exit, wrong output, timeout)
turns its cell into `error: <first line of the problem>` and the table
still prints.  Each benchmark is run best-of-N (N=3, --quick: 1), the
implementations taking turns within each round, one process at a time.
Each run goes through a tiny C launcher (bench/c/measure.c): wall time
from fork to wait4, CPU time and peak RSS from wait4's rusage (ru_utime +
ru_stime, ru_maxrss); see that file for why not from Python.

Usage: python3 bench/run.py [--tpy build/tpy] [--quick] [-n N]
                            [--only a,b] [--small] [--timeout S]
                            [--no-pypy] [--no-c]
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


@dataclass
class Bench:
    name: str            # bench/<name>.py, bench/c/<name>.c
    args: list[str]      # command-line arguments (the size)
    small: list[str]     # arguments for --small (a smoke test of the runner)
    size: str            # the size, for the table
    has_c: bool


BENCHES = [
    Bench("mandelbrot", ["500", "300"], ["60", "50"],
          "500x500, maxiter 300", True),
    Bench("nbody", ["300000"], ["2000"], "300 000 steps", True),
    Bench("spectral_norm", ["500"], ["50"], "N = 500", True),
    Bench("fannkuch", ["9"], ["6"], "N = 9", True),
    Bench("scheduler", ["25"], ["1"], "25 rounds x 10 000", False),
    Bench("chars_loop", ["150"], ["2"], "3.8 M chars, 6 passes", False),
    Bench("chars_builtin", ["150"], ["2"], "3.8 M chars, 6 passes", False),
    Bench("alloc", ["1000000"], ["1000"], "1 000 000 x '\\0'*10000", False),
    Bench("hello", [], [], "start to exit", True),
]


@dataclass
class Impl:
    label: str
    prefix: list[str]    # argv before the script (empty for C)
    kind: str            # "tpy", "python3", "pypy3", "c"
    error: str = ""      # set when the implementation is unusable


@dataclass
class Result:
    wall: float = math.inf
    cpu: float = math.inf
    rss_kib: int = 0
    error: str = ""
    runs: int = 0


@dataclass
class Outcome:
    code: int = 0            # exit code, or -N when killed by signal N
    wall: float = 0.0
    cpu: float = 0.0
    rss_kib: int = 0
    stdout: bytes = b""
    stderr: bytes = b""
    timed_out: bool = False
    spawn_error: str = ""


# The launcher bench/c/measure.c, once built: a Python parent would add its
# own peak RSS (~17 MiB) to every child's ru_maxrss (Linux keeps the forking
# process's high-water mark across exec).
MEASURE: Optional[str] = None


def run_once(argv: list[str], timeout: float, cwd: str) -> Outcome:
    """Runs argv once with stdin from /dev/null and stdout/stderr into
    temporary files; kills it after `timeout` seconds."""
    out = Outcome()
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe, \
            tempfile.NamedTemporaryFile(prefix="tpy-bench-res-") as fr:
        devnull = os.open(os.devnull, os.O_RDONLY)
        actions = [(os.POSIX_SPAWN_DUP2, devnull, 0),
                   (os.POSIX_SPAWN_DUP2, fo.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, fe.fileno(), 2)]
        if MEASURE:
            # the launcher enforces the timeout; ours is a safety net
            full = [MEASURE, fr.name, f"{timeout:.3f}", "--"] + argv
        else:
            full = argv
        old_cwd = os.getcwd()
        try:
            os.chdir(cwd)
            t0 = time.perf_counter()
            pid = os.posix_spawn(full[0], full, dict(os.environ),
                                 file_actions=actions)
        except OSError as e:
            out.spawn_error = f"cannot run {full[0]}: {e.strerror or e}"
            return out
        finally:
            os.chdir(old_cwd)
            os.close(devnull)
        lock = threading.Lock()
        state = {"done": False, "killed": False}

        def kill() -> None:
            with lock:
                if not state["done"]:
                    state["killed"] = True
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass

        timer = threading.Timer(timeout + 10.0 if MEASURE else timeout, kill)
        timer.start()
        try:
            while True:
                try:
                    _, status, ru = os.wait4(pid, 0)
                    break
                except InterruptedError:
                    continue
        finally:
            t1 = time.perf_counter()
            with lock:
                state["done"] = True
            timer.cancel()
        fo.seek(0)
        fe.seek(0)
        out.stdout = fo.read()
        out.stderr = fe.read()
        if state["killed"]:
            out.timed_out = True
            return out
        if not MEASURE:
            out.code = os.waitstatus_to_exitcode(status)
            out.wall = t1 - t0
            out.cpu = ru.ru_utime + ru.ru_stime
            out.rss_kib = ru.ru_maxrss
            return out
        fr.seek(0)
        line = fr.read().decode("utf-8", "replace").strip()
        launcher = os.waitstatus_to_exitcode(status)
        if line.startswith("spawn "):
            out.spawn_error = f"cannot run {argv[0]}: {line[6:]}"
            return out
        fields = line.split()
        if launcher != 0 or len(fields) != 6:
            out.spawn_error = f"measure launcher failed (exit {launcher})"
            return out
        out.code = int(fields[0])
        out.wall = float(fields[1])
        out.cpu = float(fields[2]) + float(fields[3])
        out.rss_kib = int(fields[4])
        out.timed_out = fields[5] == "1"
    return out


def problem_line(o: Outcome, expected: Optional[bytes]) -> str:
    """'' when the run is good, else a one-line description."""
    if o.spawn_error:
        return o.spawn_error
    if o.timed_out:
        return "timeout"
    err_lines = [ln.strip() for ln in
                 o.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    if o.code < 0:
        sig = -o.code
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        detail = f" ({err_lines[-1]})" if err_lines else ""
        return f"killed by {name}{detail}"
    if o.code != 0:
        if not err_lines:
            return f"exit code {o.code}, no message"
        # A traceback's first line says nothing; its last line (the
        # exception) says what.  Otherwise (type errors, usage) the first.
        last = err_lines[-1]
        is_exc = re.match(r"[A-Za-z_][\w.]*(Error|Exception|Interrupt|Exit)\b",
                          last) is not None
        line = last if is_exc or err_lines[0].startswith("Traceback") \
            else err_lines[0]
        return f"exit {o.code}: {line}"
    if expected is not None and o.stdout != expected:
        got = o.stdout.decode("utf-8", "replace").splitlines()
        want = expected.decode("utf-8", "replace").splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                return f"wrong output, line {i + 1}: {g[:50]!r} != {w[:50]!r}"
        return "wrong output (line endings or trailing bytes)"
    return ""


def cell_text(msg: str) -> str:
    msg = msg.replace("|", "\\|").replace("\n", " ")
    if len(msg) > 100:
        msg = msg[:97] + "..."
    return f"error: {msg}"


def real_python() -> str:
    """The binary `python3` really runs (pyenv shims add ~300 ms a start)."""
    try:
        r = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True, timeout=60)
        path = r.stdout.strip()
        if r.returncode == 0 and path and os.access(path, os.X_OK):
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    return sys.executable


def tpy_has_jit(tpy: str) -> bool:
    """Whether `tpy --help` mentions --jit (10 s at most, whatever happens)."""
    with tempfile.TemporaryFile() as f:
        try:
            p = subprocess.Popen([tpy, "--help"], stdin=subprocess.DEVNULL,
                                 stdout=f, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        except OSError:
            return False
        try:
            p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait()
            return False
        f.seek(0)
        return b"--jit" in f.read()


def build_measure(outdir: str) -> Optional[str]:
    """Builds the launcher bench/c/measure.c; None when that fails."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        return None
    exe = os.path.join(outdir, "measure")
    r = subprocess.run([gcc, "-O2", "-o", exe, os.path.join(HERE, "c", "measure.c")],
                       capture_output=True, text=True)
    return exe if r.returncode == 0 else None


def build_c(benches: list[Bench], outdir: str) -> dict[str, str]:
    """name -> binary path, or name -> 'error: ...'."""
    built: dict[str, str] = {}
    gcc = shutil.which("gcc") or shutil.which("cc")
    for b in benches:
        if not b.has_c:
            continue
        src = os.path.join(HERE, "c", b.name + ".c")
        exe = os.path.join(outdir, b.name)
        if gcc is None:
            built[b.name] = "error: no C compiler"
            continue
        r = subprocess.run([gcc, "-O2", "-ffp-contract=off", "-o", exe, src,
                            "-lm"], capture_output=True, text=True)
        if r.returncode != 0:
            first = (r.stderr.strip().splitlines() or ["gcc failed"])[0]
            built[b.name] = cell_text(first)
        else:
            built[b.name] = exe
    return built


def fmt_time(r: Result, cpu: bool = False) -> str:
    if r.error:
        return cell_text(r.error)
    t = r.cpu if cpu else r.wall
    if t < 1.0:
        return f"{t * 1000:.1f} ms"
    return f"{t:.3f} s"


def fmt_rss(r: Result) -> str:
    if r.error:
        return "-"
    return f"{r.rss_kib / 1024:.1f} MiB"


def ratio(a: Result, b: Result, cpu: bool = False) -> Optional[float]:
    if a.error or b.error or a.runs == 0 or b.runs == 0:
        return None
    ta, tb = (a.cpu, b.cpu) if cpu else (a.wall, b.wall)
    if tb <= 0:
        return None
    return ta / tb


def fmt_ratio(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.2f}"


def geomean(xs: list[float]) -> Optional[float]:
    xs = [x for x in xs if x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def build_type(exe: str) -> str:
    """CMAKE_BUILD_TYPE of the build directory holding exe, if it says."""
    try:
        with open(os.path.join(os.path.dirname(exe), "CMakeCache.txt")) as f:
            for ln in f:
                if ln.startswith("CMAKE_BUILD_TYPE:"):
                    return ln.split("=", 1)[1].strip() or "default-type"
    except OSError:
        pass
    return "unknown"


def machine_line() -> str:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    cpu = ln.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = " load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load = ""
    return (f"{platform.node()}: {os.cpu_count()} cores, {cpu},"
            f" {platform.system()} {platform.release()};{load}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tpy", default=os.path.join(ROOT, "build", "tpy"))
    ap.add_argument("-n", type=int, default=3, help="best of N runs")
    ap.add_argument("--quick", action="store_true", help="one run each")
    ap.add_argument("--only", default="", help="comma-separated names")
    ap.add_argument("--small", action="store_true",
                    help="tiny sizes: a smoke test of the runner, not a benchmark")
    ap.add_argument("--timeout", type=float, default=0.0,
                    help="seconds per run (default: max(60, 10 x CPython's))")
    ap.add_argument("--no-pypy", action="store_true")
    ap.add_argument("--no-c", action="store_true")
    opts = ap.parse_args()
    n_runs = 1 if opts.quick else max(1, opts.n)

    benches = BENCHES
    if opts.only:
        names = set(opts.only.split(","))
        unknown = names - {b.name for b in BENCHES}
        if unknown:
            print(f"unknown benchmark(s): {', '.join(sorted(unknown))}",
                  file=sys.stderr)
            return 2
        benches = [b for b in BENCHES if b.name in names]

    tpy = os.path.abspath(opts.tpy)
    py = real_python()
    impls: list[Impl] = []
    if not os.access(tpy, os.X_OK):
        impls.append(Impl("tpy", [tpy], "tpy",
                          f"{opts.tpy} not found (not built?)"))
    elif tpy_has_jit(tpy):
        for mode in ("off", "on", "auto"):
            impls.append(Impl(f"tpy jit={mode}", [tpy, f"--jit={mode}"], "tpy"))
    else:
        impls.append(Impl("tpy", [tpy], "tpy"))
    n_tpy = len(impls)
    impls.append(Impl("python3", [py], "python3"))
    pypy = None if opts.no_pypy else shutil.which("pypy3")
    if pypy:
        impls.append(Impl("pypy3", [os.path.realpath(pypy)], "pypy3"))
    if not opts.no_c:
        impls.append(Impl("C -O2", [], "c"))
    tpys = impls[:n_tpy]
    cpy = impls[n_tpy]

    started = datetime.datetime.now()
    print(f"# tpy benchmarks, {started:%Y-%m-%d %H:%M}")
    print()
    print(f"- machine: {machine_line()}")
    print(f"- tpy: `{opts.tpy}` ({build_type(tpy)} build);"
          f" python3: `{py}`"
          + (f"; pypy3: `{os.path.realpath(pypy)}`" if pypy
             else "; pypy3: skipped" if opts.no_pypy else "; pypy3: not installed"))
    print(f"- best of {n_runs} run(s), implementations taking turns, one process"
          f" at a time; wall time from spawn to exit; peak RSS from wait4"
          + ("; SMALL sizes (smoke test)" if opts.small else ""))
    print(flush=True)

    results: dict[tuple[str, str], Result] = {}
    tmp = tempfile.mkdtemp(prefix="tpy-bench-")
    try:
        global MEASURE
        MEASURE = build_measure(tmp)
        if MEASURE is None:
            print("- WARNING: could not build bench/c/measure.c; peak RSS"
                  " figures include the runner's own (~17 MiB)\n")
        cbins = build_c(benches, tmp) if not opts.no_c else {}
        for b in benches:
            args = b.small if opts.small else b.args
            script = b.name + ".py"   # relative to HERE, the cwd: short tracebacks
            expected: Optional[bytes] = None
            for impl in impls:
                res = Result()
                if impl.error:
                    res.error = impl.error
                elif impl.kind == "c" and not b.has_c:
                    res.error = "n/a"
                elif impl.kind == "c" and cbins.get(b.name, "").startswith("error"):
                    res.error = cbins[b.name][len("error: "):]
                results[(b.name, impl.label)] = res
            timeout = opts.timeout or 60.0
            for rnd in range(n_runs):
                for impl in [cpy] + [i for i in impls if i is not cpy]:
                    res = results[(b.name, impl.label)]
                    if res.error:
                        continue
                    if impl is not cpy and expected is None:
                        res.error = "no reference output (python3 failed)"
                        continue
                    if impl.kind == "c":
                        argv = [cbins[b.name]] + args
                    else:
                        argv = impl.prefix + [script] + args
                    o = run_once(argv, timeout, HERE)
                    if o.spawn_error and rnd == 0:
                        # a binary being relinked right now: try once more
                        time.sleep(2.0)
                        o = run_once(argv, timeout, HERE)
                    prob = problem_line(o, expected)
                    if prob:
                        res.error = prob
                        continue
                    if impl is cpy and expected is None:
                        expected = o.stdout
                        if not opts.timeout:
                            timeout = max(60.0, 10 * o.wall)
                    res.runs += 1
                    res.wall = min(res.wall, o.wall)
                    res.cpu = min(res.cpu, o.cpu)
                    res.rss_kib = max(res.rss_kib, o.rss_kib)
            print(f"  done: {b.name}", file=sys.stderr, flush=True)

        extra_start = startup_extras(py, tmp, n_runs, opts.timeout or 60.0)
        slots = slots_sizes(tpy if not impls[0].error else None, py,
                            opts.timeout or 60.0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print_table(benches, impls, tpys, cpy, results, opts.small, cpu=False)
    print()
    print("CPU time (user + sys), same runs; less sensitive to a busy machine:")
    print()
    print_table(benches, impls, tpys, cpy, results, opts.small, cpu=True)
    print()
    print_startup(results, tpys, cpy, extra_start, benches)
    print_slots(slots)
    print()
    print_floors(benches, tpys, cpy, results, slots)
    elapsed = datetime.datetime.now() - started
    print()
    print(f"(whole run: {elapsed.total_seconds():.0f} s)")
    return 0


def print_table(benches: list[Bench], impls: list[Impl], tpys: list[Impl],
                cpy: Impl, results: dict[tuple[str, str], Result],
                small: bool, cpu: bool) -> None:
    cols = ["benchmark", "size"]
    for impl in impls:
        cols.append(f"{impl.label} {'cpu' if cpu else 'time'}")
        if not cpu:
            cols.append(f"{impl.label} RSS")
    c_impl = next((i for i in impls if i.kind == "c"), None)
    for t in tpys:
        cols.append(f"{t.label}/python3")
        if c_impl is not None:
            cols.append(f"{t.label}/C")
    print("| " + " | ".join(cols) + " |")
    print("|" + "|".join("---" for _ in cols) + "|")
    speedups: dict[str, list[float]] = {t.label: [] for t in tpys}
    for b in benches:
        row = [b.name, "small" if small else b.size]
        for impl in impls:
            r = results[(b.name, impl.label)]
            if r.error == "n/a":
                row.append("n/a")
                if not cpu:
                    row.append("n/a")
                continue
            row.append(fmt_time(r, cpu))
            if not cpu:
                row.append(fmt_rss(r))
        for t in tpys:
            rt = results[(b.name, t.label)]
            x = ratio(rt, results[(b.name, cpy.label)], cpu)
            row.append(fmt_ratio(x))
            if x:
                speedups[t.label].append(1.0 / x)
            if c_impl is not None:
                row.append(fmt_ratio(ratio(rt, results[(b.name, c_impl.label)],
                                           cpu)))
        print("| " + " | ".join(row) + " |")
    print()
    for t in tpys:
        g = geomean(speedups[t.label])
        n = len(speedups[t.label])
        if g is None:
            print(f"Geometric mean of {t.label} speedups over python3 "
                  f"({'cpu' if cpu else 'wall'}): - (no benchmark ran)")
        else:
            print(f"Geometric mean of {t.label} speedups over python3 "
                  f"({'cpu' if cpu else 'wall'}): {g:.2f}x over {n} of "
                  f"{len(benches)} benchmarks (ratio columns: time / time, "
                  f"lower is better)")


def startup_extras(py: str, tmp: str, n_runs: int,
                   timeout: float) -> dict[str, Result]:
    """Hello world under the fastest CPython configurations we know of."""
    script = "hello.py"
    cands: list[tuple[str, list[str]]] = [(f"{py} -S -E", [py, "-S", "-E"])]
    if os.access("/usr/bin/python3.11", os.X_OK):
        cands.append(("/usr/bin/python3.11 -S -E",
                      ["/usr/bin/python3.11", "-S", "-E"]))
        cands.append(("/usr/bin/python3.11", ["/usr/bin/python3.11"]))
    out: dict[str, Result] = {}
    for label, prefix in cands:
        r = Result()
        for _ in range(max(n_runs, 3)):
            o = run_once(prefix + [script], timeout, HERE)
            prob = problem_line(o, b"Hello, world!\n")
            if prob:
                r.error = prob
                break
            r.runs += 1
            r.wall = min(r.wall, o.wall)
            r.cpu = min(r.cpu, o.cpu)
            r.rss_kib = max(r.rss_kib, o.rss_kib)
        out[label] = r
    return out


def print_startup(results: dict[tuple[str, str], Result], tpys: list[Impl],
                  cpy: Impl, extra: dict[str, Result],
                  benches: list[Bench]) -> None:
    if not any(b.name == "hello" for b in benches):
        return
    print("Hello world, start to exit (wall, best of runs):")
    print()
    rows = [(t.label, results[("hello", t.label)]) for t in tpys]
    rows.append((f"python3 ({cpy.prefix[0]})", results[("hello", cpy.label)]))
    rows += list(extra.items())
    for label in ("pypy3", "C -O2"):
        if ("hello", label) in results:
            rows.append((label, results[("hello", label)]))
    for label, r in rows:
        print(f"- {label}: {fmt_time(r)}, peak RSS {fmt_rss(r)}")
    cands = [(label, r) for label, r in rows
             if not r.error and r.runs and ("python" in label)]
    if cands:
        fastest = min(cands, key=lambda lr: lr[1].wall)
        print(f"- fastest CPython: {fastest[0]} ({fmt_time(fastest[1])})")
        for t in tpys:
            x = ratio(results[("hello", t.label)], fastest[1])
            if x is not None:
                print(f"- {t.label} / fastest CPython: {x:.2f}")
    print()


@dataclass
class SlotSizes:
    tpy: str = ""
    cpython: str = ""
    tpy_slots: Optional[int] = None
    notes: list[str] = field(default_factory=list)


def slots_sizes(tpy: Optional[str], py: str, timeout: float) -> SlotSizes:
    s = SlotSizes()
    script = "slots_size.py"
    for who, argv in (("tpy", [tpy] if tpy else None), ("cpython", [py])):
        if argv is None:
            text = "error: tpy not available"
        else:
            o = run_once(argv + [script], timeout, HERE)
            prob = problem_line(o, None)
            if prob:
                text = cell_text(prob)
            else:
                vals = dict(ln.split() for ln in
                            o.stdout.decode().splitlines() if len(ln.split()) == 2)
                text = (f"2-field __slots__ instance {vals.get('slots', '?')} bytes,"
                        f" ordinary 2-field instance {vals.get('plain', '?')} bytes")
                if who == "tpy" and vals.get("slots", "").isdigit():
                    s.tpy_slots = int(vals["slots"])
        if who == "tpy":
            s.tpy = text
        else:
            s.cpython = text
    return s


def print_slots(s: SlotSizes) -> None:
    print("sys.getsizeof (bench/slots_size.py):")
    print()
    print(f"- tpy: {s.tpy}")
    print(f"- CPython: {s.cpython} (CPython's getsizeof of an ordinary"
          f" instance excludes its __dict__)")


def print_floors(benches: list[Bench], tpys: list[Impl], cpy: Impl,
                 results: dict[tuple[str, str], Result], s: SlotSizes) -> None:
    """The part 2 issue's floors for the interpreter (the first tpy column;
    with a JIT that is --jit=off)."""
    t = tpys[0]
    print(f"Floors for the interpreter ({t.label}), wall time:")
    print()
    slower = []
    speedups = []
    missing = []
    for b in benches:
        x = ratio(results[(b.name, t.label)], results[(b.name, cpy.label)])
        if x is None:
            missing.append(b.name)
            continue
        speedups.append(1.0 / x)
        if x >= 1.0:
            slower.append(b.name)

    def mark(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    if missing:
        print(f"- faster than CPython on every benchmark: FAIL (did not run:"
              f" {', '.join(missing)}"
              + (f"; slower: {', '.join(slower)}" if slower else "") + ")")
    else:
        print(f"- faster than CPython on every benchmark: {mark(not slower)}"
              + (f" (slower: {', '.join(slower)})" if slower else ""))
    g = geomean(speedups)
    print(f"- geometric mean speedup >= 2x: "
          + ("FAIL (nothing ran)" if g is None or missing and not speedups
             else f"{mark(g >= 2.0 and not missing)} ({g:.2f}x"
             + (f", {len(missing)} missing" if missing else "") + ")"))
    x = ratio(results.get(("hello", t.label), Result(error="-")),
              results.get(("hello", cpy.label), Result(error="-")))
    print("- hello world <= 1/5 of python3's: "
          + ("FAIL (did not run)" if x is None else f"{mark(x <= 0.2)} ({x:.2f})"))
    if s.tpy_slots is None:
        print("- 2-field __slots__ instance <= 32 bytes: FAIL (did not run)")
    else:
        print(f"- 2-field __slots__ instance <= 32 bytes (sys.getsizeof):"
              f" {mark(s.tpy_slots <= 32)} ({s.tpy_slots})")


if __name__ == "__main__":
    sys.exit(main())
