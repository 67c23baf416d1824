#!/usr/bin/env python3
"""tests/gen_inputs.py: big and malformed inputs for the syntax suite.

These files are too big (or too binary) to commit, so tests/run_tests.py writes
them into tests/syntax/generated/ (git-ignored) at every run and takes their
expectations from CPython at run time.  Each case has a kind:

  valid  CPython runs it: `tpy --check` must print nothing and exit 0 (in well
         under the runner's 10 s timeout).
  bad    Malformed input.  If CPython answers with a SyntaxError (or
         IndentationError / TabError), tpy must answer the same way (same line,
         same last line, as for the committed .exp files).  Otherwise (CPython
         runs it, or fails with MemoryError, RecursionError or ValueError) tpy
         must exit 0 or 1 cleanly: no crash, no hang, no sanitizer report.

Run it alone to look at the files: `python3 tests/gen_inputs.py [DIR]`.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from typing import Callable

MB = 1 << 20


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    kind: str                     # "valid" or "bad"
    make: Callable[[], bytes]
    what: str


def _int_list(budget: int) -> str:
    """`0, 1, 2, ...` of about `budget` characters."""
    parts = []
    size = 0
    i = 0
    while size < budget:
        s = str(i)
        parts.append(s)
        size += len(s) + 2
        i += 1
    return ", ".join(parts)


def long_line_valid() -> bytes:
    return f"x = [{_int_list(MB)}]\nprint(len(x))\n".encode()


def long_line_unclosed() -> bytes:
    return f"x = [{_int_list(MB)},\n".encode()


def long_line_missing_comma() -> bytes:
    return f"x = [{_int_list(MB)} 7]\n".encode()


def long_string_unterminated() -> bytes:
    return b"s = 'ok'\nt = \"" + b"a" * MB + b"\n"


def long_line_bad_char() -> bytes:
    return f"x = [{_int_list(MB)}] $\n".encode()


def nested_parens(n: int, close: bool) -> Callable[[], bytes]:
    def make() -> bytes:
        text = "x = " + "(" * n + "1" + (")" * n if close else "") + "\n"
        return text.encode()
    return make


def nested_mixed_brackets() -> bytes:
    opens = "([{" * 3400
    closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
    return ("x = " + opens + closes + "\n").encode()


def statements(n: int) -> bytes:
    lines = ["v0: int = 0"]
    for i in range(1, n):
        lines.append(f"v{i} = v{i - 1} + {i % 7}")
    lines.append(f"print(v{n - 1})")
    return ("\n".join(lines) + "\n").encode()


def nested_blocks(depth: int) -> Callable[[], bytes]:
    def make() -> bytes:
        lines = ["n = 0"]
        for level in range(depth):
            lines.append("    " * level + f"if n < {level + 1}:")
        lines.append("    " * depth + "n = 1")
        lines.append("print(n)")
        return ("\n".join(lines) + "\n").encode()
    return make


def nested_functions(depth: int) -> bytes:
    lines = []
    for level in range(depth):
        lines.append("    " * level + f"def f{level}() -> None:")
    lines.append("    " * depth + "pass")
    return ("\n".join(lines) + "\n").encode()


def unterminated_triple_quote() -> bytes:
    body = "".join(f"line {i} of a docstring that never ends\n" for i in range(5000))
    return ('x = 1\ny = 2\ns = """\n' + body).encode()


def only_comments() -> bytes:
    return "".join(f"# comment {i}: nothing to run here\n" for i in range(2000)).encode()


def long_binop_chain() -> bytes:
    return ("x = " + " + ".join(["1"] * 100000) + "\n").encode()


def deep_unary() -> bytes:
    return ("x = " + "-" * 100000 + "1\n").encode()


def deep_not() -> bytes:
    return ("x = " + "not " * 20000 + "True\n").encode()


CASES: list[Case] = [
    Case("long_line_valid", "valid", long_line_valid, "a 1 MB line: a list of ints"),
    Case("long_line_unclosed", "bad", long_line_unclosed, "a 1 MB line whose '[' is never closed"),
    Case("long_line_missing_comma", "bad", long_line_missing_comma,
         "a 1 MB line with a missing comma at its end"),
    Case("long_line_bad_char", "bad", long_line_bad_char, "a 1 MB line ending in '$'"),
    Case("long_string_unterminated", "bad", long_string_unterminated,
         "an unterminated 1 MB string literal"),
    Case("nested_parens_10000", "bad", nested_parens(10000, True), "10 000 nested parentheses"),
    Case("nested_parens_unclosed", "bad", nested_parens(10000, False),
         "10 000 opening parentheses, never closed"),
    Case("nested_parens_199", "valid", nested_parens(199, True),
         "199 nested parentheses (CPython's limit is 200)"),
    Case("nested_brackets_mixed", "bad", nested_mixed_brackets, "10 200 nested ([{ brackets"),
    Case("statements_100000", "valid", lambda: statements(100000), "100 000 statements"),
    Case("nested_blocks_90", "valid", nested_blocks(90), "90 nested if blocks"),
    Case("nested_blocks_150", "bad", nested_blocks(150),
         "150 nested if blocks (CPython's limit is 100)"),
    Case("nested_functions_150", "bad", lambda: nested_functions(150), "150 nested defs"),
    Case("long_binop_chain", "bad", long_binop_chain, "1 + 1 + ... with 100 000 terms"),
    Case("deep_unary", "bad", deep_unary, "100 000 unary minus signs"),
    Case("deep_not", "bad", deep_not, "20 000 `not`s"),
    Case("unterminated_triple_quote", "bad", unterminated_triple_quote,
         "a triple-quoted string open until EOF, 5000 lines later"),
    Case("only_comments", "valid", only_comments, "a file of comments only"),
    Case("empty", "valid", lambda: b"", "an empty file"),
    Case("no_final_newline", "valid", lambda: b"x = 1\nprint(x)", "no newline at EOF"),
    Case("cr_line_endings", "valid", lambda: b"x = 1\ry = x + 1\rprint(y)\r",
         "old Mac line endings (\\r)"),
    Case("crlf_line_endings", "valid", lambda: b"x = 1\r\ny = x + 1\r\nprint(y)\r\n",
         "Windows line endings"),
    Case("utf8_bom", "valid", lambda: b"\xef\xbb\xbfx = 1\nprint(x)\n", "a UTF-8 byte-order mark"),
    Case("nul_byte", "bad", lambda: b"x = 1\x00\n", "a NUL byte after code"),
    Case("nul_in_string", "bad", lambda: b"x = 1\ny = 'a\x00b'\n", "a NUL byte inside a string"),
    Case("nul_only", "bad", lambda: b"\x00" * 100, "nothing but NUL bytes"),
    Case("invalid_utf8", "bad", lambda: b"x = '\xff'\n", "an invalid UTF-8 byte in a string"),
    Case("invalid_utf8_comment", "bad", lambda: b"# a\n# b\nx = 1  # \xc3\n",
         "a truncated UTF-8 sequence in a comment on line 3"),
    Case("invalid_utf8_overlong", "bad", lambda: b"x = 1\ny = '\xc0\xaf'\n",
         "an overlong UTF-8 encoding"),
    Case("invalid_utf8_surrogate", "bad", lambda: b"x = '\xed\xa0\x80'\n",
         "a UTF-8-encoded surrogate"),
    Case("truncated_utf8_eof", "bad", lambda: b"x = 1\n\xe2\x82", "a truncated sequence at EOF"),
    Case("binary_garbage", "bad", lambda: bytes((i * 7919) % 256 for i in range(4096)),
         "4 KB of binary garbage"),
]


def write_cases(directory: str, cases: list[Case] | None = None) -> list[str]:
    """Writes each case to DIRECTORY/<name>.py (only if its content changed) and
    returns the paths, in the order of `cases`.  The directory gets a .gitignore."""
    os.makedirs(directory, exist_ok=True)
    ignore = os.path.join(directory, ".gitignore")
    if not os.path.exists(ignore):
        with open(ignore, "w") as f:
            f.write("# Written by tests/gen_inputs.py at every test run.\n*\n")
    paths = []
    for case in CASES if cases is None else cases:
        path = os.path.join(directory, case.name + ".py")
        data = case.make()
        try:
            with open(path, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            with open(path, "wb") as f:
                f.write(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "syntax", "generated")
    for case, path in zip(CASES, write_cases(out)):
        print(f"{case.kind:5}  {os.path.getsize(path):8d} bytes  {path}  ({case.what})")
