#!/usr/bin/env python3
"""Generate tests/unit/gen/methods_cases.h: python3's results for method calls.

Each case is a line of Python source, `RECEIVER.method(args...)`, whose
receiver and arguments are literals (plus KEY_len, KEY_neg, KEY_lower, KEY_str,
KEY_abs: callables for sort(key=...), and TYPE_dict / TYPE_int / ...: a class
as the receiver of a classmethod).  python3 evaluates every call on a fresh
receiver and records repr(result) -- or "!ExcType: message" -- and the repr
of the receiver afterwards (mutating methods).  check_methods.c decodes the
same values into tpy objects, calls the method through tpy_type_find_method
and compares both strings.  Expected values come from python3, never by hand.

Run:  python3 tests/unit/gen/gen_methods.py     (writes methods_cases.h)
"""
import ast
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "methods_cases.h")
sys.path.insert(0, HERE)
from methods_table import CASES  # noqa: E402


class Key:
    """A key function the C test can rebuild (by name)."""

    FUNCS = {
        "len": len,
        "neg": lambda x: -x,
        "lower": lambda s: s.lower(),
        "str": str,
        "abs": abs,
        "first": lambda t: t[0],
    }

    def __init__(self, name):
        self.name = name
        self.fn = self.FUNCS[name]

    def __call__(self, x):
        return self.fn(x)


TYPES = {"dict": dict, "int": int, "float": float, "bytes": bytes, "str": str,
         "bool": bool}


SET_ORDER = {}   # id(set) -> its elements in insertion order
KEEP = []        # keeps those sets alive so their ids stay unique


def value_of(node):
    """A fresh Python value for an AST literal node."""
    if isinstance(node, ast.Name):
        if node.id.startswith("KEY_"):
            return Key(node.id[4:])
        if node.id.startswith("TYPE_"):
            return TYPES[node.id[5:]]
        if node.id == "inf":
            return float("inf")
        if node.id == "nan":
            return float("nan")
        raise ValueError("unknown name " + node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id == "frozenset":
            return frozenset(value_of(a) for a in node.args[0].elts) if node.args else frozenset()
        if node.func.id == "set" and not node.args:
            return set()
        raise ValueError("unknown call")
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Name):
        return -value_of(node.operand)
    if isinstance(node, ast.List):
        return [value_of(e) for e in node.elts]
    if isinstance(node, ast.Tuple):
        return tuple(value_of(e) for e in node.elts)
    if isinstance(node, ast.Set):
        # Keep the literal's insertion order: with collisions, the table
        # layout (so the iteration order) depends on it.
        elts = [value_of(e) for e in node.elts]
        result = set(elts)
        SET_ORDER[id(result)] = list(dict.fromkeys(elts))
        KEEP.append(result)
        return result
    if isinstance(node, ast.Dict):
        return {value_of(k): value_of(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.BinOp):   # 2**70, b'\x01' * 12
        return eval(compile(ast.Expression(node), "<case>", "eval"), {})
    return ast.literal_eval(node)


def enc(v) -> bytes:
    """The compact encoding check_methods.c decodes (see decode() there)."""
    if isinstance(v, Key):
        return b"K" + v.name.encode() + b";"
    if isinstance(v, type):
        return b"Y" + v.__name__.encode() + b";"
    if v is None:
        return b"N"
    if v is True:
        return b"T"
    if v is False:
        return b"F"
    if isinstance(v, int):
        return b"i" + str(v).encode() + b";"
    if isinstance(v, float):
        return b"f" + ("%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]).encode()
    if isinstance(v, complex):
        return b"c" + enc(v.real)[1:] + enc(v.imag)[1:]
    if isinstance(v, str):
        u = v.encode("utf-8", "surrogatepass")
        return b"s" + str(len(u)).encode() + b":" + u
    if isinstance(v, bytes):
        return b"b" + str(len(v)).encode() + b":" + v
    if isinstance(v, tuple):
        return b"t" + str(len(v)).encode() + b":" + b"".join(enc(x) for x in v)
    if isinstance(v, list):
        return b"l" + str(len(v)).encode() + b":" + b"".join(enc(x) for x in v)
    if isinstance(v, frozenset):
        return b"z" + str(len(v)).encode() + b":" + b"".join(enc(x) for x in v)
    if isinstance(v, set):
        items = SET_ORDER.get(id(v), v) if v == set(SET_ORDER.get(id(v), v)) else v
        return b"S" + str(len(v)).encode() + b":" + b"".join(enc(x) for x in items)
    if isinstance(v, dict):
        return b"d" + str(len(v)).encode() + b":" + b"".join(enc(k) + enc(x) for k, x in v.items())
    raise TypeError(type(v))


def c_bytes(b: bytes) -> str:
    out = ['"']
    prev_octal = False
    for ch in b:
        c = chr(ch)
        if c in '"\\':
            out.append("\\" + c)
            prev_octal = False
        elif 32 <= ch < 127 and not (prev_octal and c in "01234567"):
            out.append(c)
            prev_octal = False
        else:
            out.append("\\%03o" % ch)
            prev_octal = True
    out.append('"')
    return "".join(out)


def outcome(fn):
    try:
        return repr(fn())
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        return "!%s: %s" % (type(e).__name__, e)


def parse(src):
    call = ast.parse(src, mode="eval").body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute), src
    return call.func.value, call.func.attr, call.args, call.keywords


STUB = os.path.join(HERE, "..", "..", "..", "frontend", "stubs", "builtins.pyi")
STUB_CLASSES = ("int", "float", "complex", "str", "bytes", "list", "tuple", "dict", "set",
                "frozenset")


def stub_methods():
    """(class, method) for every non-dunder, non-property method the stub
    declares for the builtin types: each must exist in the tables."""
    import re
    cls, prop, out = None, False, []
    for line in open(STUB, encoding="utf-8"):
        m = re.match(r"class (\w+)", line)
        if m:
            cls = m.group(1)
            continue
        if line.strip() == "@property":
            prop = True
            continue
        m = re.match(r"    def (\w+)\(", line)
        if m and cls in STUB_CLASSES and not m.group(1).startswith("__") and not prop:
            if (cls, m.group(1)) not in out:
                out.append((cls, m.group(1)))
        if m:
            prop = False
    return out


def main():
    lines = ["/* Generated by tests/unit/gen/gen_methods.py from python3 %s; do not edit. */"
             % sys.version.split()[0],
             "#ifndef TPY_TESTS_METHODS_CASES_H", "#define TPY_TESTS_METHODS_CASES_H", "",
             "typedef struct MethodCase {",
             "    const char *src;        /* the call, for messages */",
             "    const char *recv;       /* encoded receiver */",
             "    const char *method;",
             "    const char *args;       /* encoded tuple: positional then keyword values */",
             "    const char *kwnames;    /* encoded tuple of str, \"\" for none */",
             "    const char *result;     /* repr(result) or \"!Type: message\" */",
             "    const char *after;      /* repr(receiver) after the call */",
             "} MethodCase;", "", "static const MethodCase method_cases[] = {"]
    for src in CASES:
        recv_node, name, arg_nodes, kw_nodes = parse(src)
        recv = value_of(recv_node)
        pos = [value_of(a) for a in arg_nodes]
        kws = {k.arg: value_of(k.value) for k in kw_nodes}
        recv_enc = enc(recv)
        args_enc = enc(tuple(pos) + tuple(kws.values()))
        kwn_enc = enc(tuple(kws.keys())) if kws else b""
        result = outcome(lambda: getattr(recv, name)(*pos, **kws))
        after = repr(recv)
        lines.append("    {%s, %s, %s, %s, %s, %s, %s}," % (
            c_bytes(src.encode()), c_bytes(recv_enc), c_bytes(name.encode()), c_bytes(args_enc),
            c_bytes(kwn_enc), c_bytes(result.encode("utf-8", "backslashreplace")),
            c_bytes(after.encode("utf-8", "backslashreplace"))))
    lines += ["};", "", "/* Methods frontend/stubs/builtins.pyi declares (properties excluded). */",
              "static const char *const stub_methods[][2] = {"]
    for cls, name in stub_methods():
        lines.append('    {"%s", "%s"},' % (cls, name))
    lines += ["};", "", "#endif", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(lines))
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
