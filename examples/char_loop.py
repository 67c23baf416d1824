# examples/char_loop.py: a character-by-character loop versus built-ins.
#
# What it demonstrates: the notes' "The Easiest Way to Use Python Wrong": in an
# interpreter every line of a tight loop costs 80-100x a line of C, so
# processing text one character at a time is slow, while str.count,
# str.replace and str.split run the same loop in C.  Both versions below
# compute the same three results on the same text.
# What to look for: the results match; with --time, the loop versions are
# tens of times slower under CPython.  (A JIT narrows that gap: compare
# `tpy --jit` later.)
# Usage: python3 examples/char_loop.py [REPEATS] [--time]   (default 200)
import sys
import time

PARAGRAPH = ("In compiled languages, to do parsing we read a string into memory "
             "and then parse it character by character. Don't! Do not process "
             "character-by-character in an interpreted language, if you care "
             "about performance: avoid tight inner loops, use the built-ins.\n")


def count_loop(text: str, ch: str) -> int:
    n = 0
    for c in text:
        if c == ch:
            n += 1
    return n


def replace_loop(text: str, old: str, new: str) -> str:
    parts: list[str] = []
    for c in text:
        parts.append(new if c == old else c)
    return "".join(parts)


def split_loop(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for c in text:
        if c in " \t\n\r\f\v":
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(c)
    if current:
        words.append("".join(current))
    return words


def timed(label: str, times: dict[str, float], start: float) -> None:
    times[label] = time.perf_counter() - start


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    repeats = int(args[0]) if args else 200
    text = PARAGRAPH * repeats
    times: dict[str, float] = {}

    t = time.perf_counter()
    n_loop = count_loop(text, ",")
    timed("count: loop", times, t)
    t = time.perf_counter()
    n_builtin = text.count(",")
    timed("count: str.count", times, t)

    t = time.perf_counter()
    r_loop = replace_loop(text, " ", "_")
    timed("replace: loop", times, t)
    t = time.perf_counter()
    r_builtin = text.replace(" ", "_")
    timed("replace: str.replace", times, t)

    t = time.perf_counter()
    w_loop = split_loop(text)
    timed("split: loop", times, t)
    t = time.perf_counter()
    w_builtin = text.split()
    timed("split: str.split", times, t)

    print(f"text: {len(text)} characters")
    print(f"commas: {n_loop} (loop), {n_builtin} (str.count)")
    print(f"replace spaces: same result: {r_loop == r_builtin}; starts {r_builtin[:30]!r}")
    print(f"words: {len(w_loop)} (loop), {len(w_builtin)} (str.split); "
          f"same: {w_loop == w_builtin}")
    if "--time" in sys.argv:
        for label, seconds in times.items():
            print(f"  {label:22} {seconds * 1000:9.3f} ms")


main()
