#!/usr/bin/env python3
"""tests/check_stubs.py: verify tpy's standard-library stubs (frontend/stubs/*.pyi).

Three layers of checks, each reported mypy-style as `FILE:LINE:COL: error: MESSAGE`:

1. Syntax: every stub parses with CPython's `ast` (tpy's own parser reads the
   same files, so they must be valid Python 3.11).
2. Dialect (docs/stubs.md): only `from typing import <allowed names>`;
   TypeVars declared as `T = TypeVar("T", ...)`; no `if`, no `Any`/`Literal`/...;
   every parameter (but self/cls) and every return annotated; bodies `...`;
   defaults `...`; overloads consecutive; class bases = one class plus at most
   Generic[...]/Protocol[...]; every name in an annotation resolves to a stub
   class, a TypeVar, an imported typing name or None.
3. Runtime (CPython 3.11 is the oracle): import the real module and check
   that every public name the stub declares exists with a compatible kind
   (class / callable / value), that class members exist with a compatible kind
   (method / property / attribute / `__hash__: None`), that stub bases are
   runtime bases, and, wherever `inspect.signature` works, that parameters
   agree.  Parameter rules, stub S against runtime R:
     errors (S accepts a call R rejects, or names differ):
       - a keyword-usable S parameter whose name or position differs in R,
       - an S parameter usable by keyword that is positional-only in R,
       - an S parameter R does not have (and R has no *args/**kwargs for it),
       - an S default where the R parameter is required,
       - a required R parameter that S lets the caller omit;
     notes (S is stricter than R; shown with -v, errors with --strict):
       - S positional-only where R also accepts a keyword,
       - S omits an optional R parameter, S requires an optional R parameter.
   Overload variants are checked one by one with the same rules.

Usage: python3 tests/check_stubs.py [-v] [--strict] [--missing] [STUB.pyi ...]
--missing lists the public names of each CPython module that its stub lacks.
Exit status 0 if there are no errors.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STUB_DIR = os.path.join(ROOT, "frontend", "stubs")

# Rule 1 of the dialect: the typing names a stub may import.
ALLOWED_TYPING = {
    "TypeVar", "Generic", "Protocol", "overload", "Callable", "Iterator", "Iterable",
    "Generator", "Optional", "Union", "NamedTuple", "TextIO", "BinaryIO", "IO", "SupportsAbs",
    "SupportsIndex", "Sized", "Hashable", "Reversible", "Container", "Collection", "Sequence",
    "MutableSequence", "Mapping", "MutableMapping", "AbstractSet", "MutableSet",
    "ContextManager", "NoReturn", "Self",
}
# Rule 9: special forms the checker knows natively (typing.pyi uses them unimported).
NATIVE_FORMS = {"TypeVar", "Generic", "Protocol", "overload", "Callable", "Optional", "Union",
                "NamedTuple", "NoReturn", "Self"}
# Rule 10.
FORBIDDEN_NAMES = {"Any", "Literal", "TypedDict", "ParamSpec", "Concatenate", "TypeAlias",
                   "TypeGuard", "ClassVar", "Final", "Annotated"}
ALLOWED_DECORATORS = {"overload", "staticmethod", "classmethod", "property"}

# Classes declared in builtins.pyi that CPython does not export from builtins
# (typeshed declares them there too): how to reach the runtime class.
STUB_ONLY_CLASSES: dict[tuple[str, str], Callable[[], type]] = {
    ("builtins", "function"): lambda: type(lambda: None),
    ("builtins", "dict_keys"): lambda: type({}.keys()),
    ("builtins", "dict_values"): lambda: type({}.values()),
    ("builtins", "dict_items"): lambda: type({}.items()),
    ("builtins", "ellipsis"): lambda: type(...),
    ("builtins", "_NotImplementedType"): lambda: type(NotImplemented),
}


@dataclass
class Report:
    verbose: bool = False
    strict: bool = False
    errors: int = 0
    notes: int = 0

    def error(self, path: str, node: ast.AST | None, msg: str) -> None:
        self.errors += 1
        print(f"{where(path, node)}: error: {msg}")

    def note(self, path: str, node: ast.AST | None, msg: str) -> None:
        if self.strict:
            self.error(path, node, msg)
            return
        self.notes += 1
        if self.verbose:
            print(f"{where(path, node)}: note: {msg}")


def where(path: str, node: ast.AST | None) -> str:
    rel = os.path.relpath(path, ROOT)
    if node is None or not hasattr(node, "lineno"):
        return rel
    return f"{rel}:{node.lineno}:{node.col_offset + 1}"


def module_name(path: str) -> str:
    return os.path.basename(path)[:-len(".pyi")]


def is_ellipsis(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is Ellipsis


def decorator_names(func: ast.FunctionDef) -> list[str]:
    names = []
    for d in func.decorator_list:
        if isinstance(d, ast.Name):
            names.append(d.id)
        elif isinstance(d, ast.Attribute):
            names.append(f"?.{d.attr}")
        else:
            names.append("?")
    return names


# ================================================================ stub model

@dataclass
class StubFunc:
    name: str
    variants: list[ast.FunctionDef]
    kind: str = "function"   # function | method | staticmethod | classmethod | property


@dataclass
class StubClass:
    name: str
    node: ast.ClassDef
    bases: list[ast.expr] = field(default_factory=list)
    methods: dict[str, StubFunc] = field(default_factory=dict)
    attrs: dict[str, ast.AnnAssign] = field(default_factory=dict)
    is_protocol: bool = False


@dataclass
class Stub:
    path: str
    module: str
    tree: ast.Module
    imports: set[str] = field(default_factory=set)
    typevars: set[str] = field(default_factory=set)
    classes: dict[str, StubClass] = field(default_factory=dict)
    functions: dict[str, StubFunc] = field(default_factory=dict)
    variables: dict[str, ast.AnnAssign] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def stub_only(self, node: ast.AST) -> bool:
        """True if the node's line says `# stub-only: <reason>`: a declaration
        the checker needs (IO.__iter__) that CPython's class lacks."""
        lineno = getattr(node, "lineno", 0)
        return 0 < lineno <= len(self.lines) and "# stub-only:" in self.lines[lineno - 1]


def group_functions(body: list[ast.stmt], path: str, report: Report, in_class: bool) -> dict[str, StubFunc]:
    """Collect the defs of one scope, checking that overloads are consecutive."""
    result: dict[str, StubFunc] = {}
    previous: str | None = None
    for stmt in body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            previous = None
            continue
        if isinstance(stmt, ast.AsyncFunctionDef):
            report.error(path, stmt, f'"{stmt.name}": async def is not part of the stub dialect')
            continue
        decos = decorator_names(stmt)
        overloaded = "overload" in decos
        kind = "function"
        if in_class:
            kind = "method"
            for d in ("staticmethod", "classmethod", "property"):
                if d in decos:
                    kind = d
        if stmt.name in result:
            existing = result[stmt.name]
            first_overloaded = "overload" in decorator_names(existing.variants[0])
            setter = any(n.endswith(".setter") or n.endswith(".deleter") for n in decos)
            if setter:
                continue
            if not (overloaded and first_overloaded):
                report.error(path, stmt, f'"{stmt.name}" is defined twice (use @overload for variants)')
            elif previous != stmt.name:
                report.error(path, stmt, f'overloads of "{stmt.name}" must be consecutive')
            existing.variants.append(stmt)
        else:
            result[stmt.name] = StubFunc(stmt.name, [stmt], kind)
        previous = stmt.name
    for func in result.values():
        overloads = ["overload" in decorator_names(v) for v in func.variants]
        if any(overloads) and not all(overloads):
            report.error(path, func.variants[0], f'"{func.name}": all variants need @overload')
        if all(overloads) and len(func.variants) < 2:
            report.error(path, func.variants[0], f'"{func.name}": a single @overload variant')
    return result


def load_stub(path: str, report: Report) -> Stub | None:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        report.error(path, None, f"cannot read: {e}")
        return None
    try:
        tree = ast.parse(text, path, feature_version=(3, 11))
    except SyntaxError as e:
        report.errors += 1
        print(f"{os.path.relpath(path, ROOT)}:{e.lineno}:{e.offset}: error: {e.msg}")
        return None
    stub = Stub(path, module_name(path), tree)
    stub.lines = text.splitlines()
    seen_other = False
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom):
            if stmt.module != "typing" or stmt.level != 0:
                report.error(path, stmt, "only `from typing import ...` is allowed")
            elif seen_other:
                report.error(path, stmt, "imports must come first")
            for alias in stmt.names:
                if alias.asname is not None:
                    report.error(path, stmt, f'"import {alias.name} as ..." is not allowed')
                if alias.name not in ALLOWED_TYPING:
                    report.error(path, stmt, f'typing name "{alias.name}" is not part of the stub dialect')
                stub.imports.add(alias.name)
            continue
        seen_other = True
        if isinstance(stmt, ast.Import):
            report.error(path, stmt, "only `from typing import ...` is allowed")
        elif isinstance(stmt, ast.Assign):
            check_typevar(stub, stmt, report)
        elif isinstance(stmt, ast.AnnAssign):
            if not isinstance(stmt.target, ast.Name):
                report.error(path, stmt, "module variables must be plain names")
                continue
            if stmt.value is not None:
                report.error(path, stmt, f'"{stmt.target.id}": stub variables take no value')
            stub.variables[stmt.target.id] = stmt
        elif isinstance(stmt, ast.ClassDef):
            stub.classes[stmt.name] = load_class(stub, stmt, report)
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if stmt.name == "__getattr__":
                report.error(path, stmt, "module-level __getattr__ is not allowed")
        elif isinstance(stmt, ast.If):
            report.error(path, stmt, "conditional definitions are not allowed")
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            pass  # a docstring
        else:
            report.error(path, stmt, f"statement not allowed in a stub: {type(stmt).__name__}")
    stub.functions = group_functions(tree.body, path, report, in_class=False)
    return stub


def check_typevar(stub: Stub, stmt: ast.Assign, report: Report) -> None:
    call = stmt.value
    ok = (len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
          and isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "TypeVar"
          and len(call.args) == 1 and isinstance(call.args[0], ast.Constant)
          and call.args[0].value == stmt.targets[0].id)
    if not ok:
        report.error(stub.path, stmt, 'the only assignment allowed is `T = TypeVar("T", ...)`')
        return
    assert isinstance(call, ast.Call)
    for kw in call.keywords:
        if kw.arg not in ("covariant", "contravariant") or not (
                isinstance(kw.value, ast.Constant) and kw.value.value is True):
            report.error(stub.path, kw, "TypeVar takes only covariant=True or contravariant=True")
    if "TypeVar" not in stub.imports and stub.module != "typing":
        report.error(stub.path, stmt, '"TypeVar" is used but not imported from typing')
    target = stmt.targets[0]
    assert isinstance(target, ast.Name)
    stub.typevars.add(target.id)


def load_class(stub: Stub, node: ast.ClassDef, report: Report) -> StubClass:
    cls = StubClass(node.name, node, list(node.bases))
    if node.keywords:
        report.error(stub.path, node, f'class "{node.name}": class keywords (metaclass=...) are not allowed')
    generic_bases = [b for b in node.bases if isinstance(b, ast.Subscript) and isinstance(b.value, ast.Name)
                     and b.value.id in ("Generic", "Protocol")]
    plain = [b for b in node.bases if not (isinstance(b, ast.Name) and b.id == "Protocol") and b not in generic_bases]
    cls.is_protocol = any((isinstance(b, ast.Name) and b.id == "Protocol")
                          or (isinstance(b, ast.Subscript) and isinstance(b.value, ast.Name) and b.value.id == "Protocol")
                          for b in node.bases)
    if len(plain) > 1 or len(generic_bases) > 1:
        report.error(stub.path, node, f'class "{node.name}": at most one base class plus Generic[...]/Protocol[...]')
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign):
            if not isinstance(stmt.target, ast.Name) or stmt.value is not None:
                report.error(stub.path, stmt, "class attributes are `name: type` without a value")
            else:
                cls.attrs[stmt.target.id] = stmt
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            pass
        elif isinstance(stmt, ast.Expr) and is_ellipsis(stmt.value):
            pass
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            pass
        else:
            report.error(stub.path, stmt, f"statement not allowed in a stub class: {type(stmt).__name__}")
    cls.methods = group_functions(node.body, stub.path, report, in_class=True)
    return cls


# ================================================================ dialect checks

class AnnotationChecker:
    """Resolves every name used in an annotation."""

    def __init__(self, stub: Stub, builtins_names: set[str], report: Report) -> None:
        self.stub = stub
        self.report = report
        self.known = set(builtins_names) | set(stub.classes) | stub.typevars | stub.imports | {"None"}
        if stub.module == "typing":
            self.known |= NATIVE_FORMS

    def check(self, node: ast.expr | None, what: str) -> None:
        if node is None:
            return
        if isinstance(node, ast.Constant):
            if node.value is None or node.value is Ellipsis:
                return
            self.report.error(self.stub.path, node, f"{what}: string/constant annotations are not allowed")
            return
        if isinstance(node, ast.Name):
            if node.id in FORBIDDEN_NAMES:
                self.report.error(self.stub.path, node, f'{what}: "{node.id}" is not part of the stub dialect')
            elif node.id not in self.known:
                self.report.error(self.stub.path, node, f'{what}: name "{node.id}" is not defined')
            return
        if isinstance(node, ast.Subscript):
            self.check(node.value, what)
            self.check(node.slice, what)
            return
        if isinstance(node, (ast.Tuple, ast.List)):
            for elt in node.elts:
                self.check(elt, what)
            return
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            self.check(node.left, what)
            self.check(node.right, what)
            return
        self.report.error(self.stub.path, node, f"{what}: unsupported annotation syntax {type(node).__name__}")


def check_function_dialect(stub: Stub, func: ast.FunctionDef, method: bool, ann: AnnotationChecker,
                           report: Report) -> None:
    what = f'"{func.name}"'
    decos = decorator_names(func)
    for d in decos:
        if d not in ALLOWED_DECORATORS and not d.endswith(".setter") and not d.endswith(".deleter"):
            report.error(stub.path, func, f"{what}: decorator @{d} is not allowed")
    if not (len(func.body) == 1 and isinstance(func.body[0], ast.Expr) and is_ellipsis(func.body[0].value)):
        report.error(stub.path, func, f"{what}: the body must be `...`")
    if func.returns is None:
        report.error(stub.path, func, f"{what}: missing return annotation")
    ann.check(func.returns, what)
    args = func.args
    positional = args.posonlyargs + args.args
    skip_first = method and "staticmethod" not in decos
    if skip_first and not positional:
        report.error(stub.path, func, f"{what}: a method needs self/cls")
    for i, a in enumerate(positional):
        if i == 0 and skip_first:
            continue
        if a.annotation is None:
            report.error(stub.path, a, f'{what}: parameter "{a.arg}" is not annotated')
        ann.check(a.annotation, what)
    for a in args.kwonlyargs:
        if a.annotation is None:
            report.error(stub.path, a, f'{what}: parameter "{a.arg}" is not annotated')
        ann.check(a.annotation, what)
    for star in (args.vararg, args.kwarg):
        if star is not None:
            if star.annotation is None:
                report.error(stub.path, star, f'{what}: parameter "{star.arg}" is not annotated')
            ann.check(star.annotation, what)
    for default in list(args.defaults) + [k for k in args.kw_defaults if k is not None]:
        if not is_ellipsis(default):
            report.error(stub.path, default, f"{what}: defaults are written `= ...`")
    if "property" in decos and len(positional) != 1:
        report.error(stub.path, func, f"{what}: a property takes only self")


def check_dialect(stub: Stub, builtins_names: set[str], report: Report) -> None:
    ann = AnnotationChecker(stub, builtins_names, report)
    for name in stub.imports:
        used = any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(stub.tree))
        if not used:
            report.note(stub.path, None, f'typing name "{name}" is imported but not used')
    for var in stub.variables.values():
        ann.check(var.annotation, f'"{var.target.id}"')  # type: ignore[union-attr]
    for func in stub.functions.values():
        for v in func.variants:
            check_function_dialect(stub, v, False, ann, report)
    for cls in stub.classes.values():
        for base in cls.bases:
            ann.check(base, f'class "{cls.name}"')
        for attr in cls.attrs.values():
            ann.check(attr.annotation, f'"{cls.name}.{attr.target.id}"')  # type: ignore[union-attr]
        for func in cls.methods.values():
            for v in func.variants:
                check_function_dialect(stub, v, True, ann, report)


# ================================================================ runtime checks

def runtime_class_of(obj: object) -> object:
    """typing.Iterable -> collections.abc.Iterable; classes stay themselves."""
    origin = getattr(obj, "__origin__", None)
    if origin is not None and inspect.isclass(origin):
        return origin
    return obj


def is_runtime_class(obj: object) -> bool:
    return inspect.isclass(runtime_class_of(obj))


def stub_params(func: ast.FunctionDef, drop_first: bool) -> list[inspect.Parameter]:
    P = inspect.Parameter
    params: list[inspect.Parameter] = []
    args = func.args
    positional = [(a, P.POSITIONAL_ONLY) for a in args.posonlyargs] + [(a, P.POSITIONAL_OR_KEYWORD) for a in args.args]
    n_defaults = len(args.defaults)
    first_default = len(positional) - n_defaults
    for i, (a, kind) in enumerate(positional):
        # Old-style positional-only names (`__x`) count as positional-only.
        if kind == P.POSITIONAL_OR_KEYWORD and a.arg.startswith("__") and not a.arg.endswith("__"):
            kind = P.POSITIONAL_ONLY
        params.append(P(a.arg.lstrip("_") or "_", kind, default=... if i >= first_default else P.empty))
    if args.vararg is not None:
        params.append(P(args.vararg.arg, P.VAR_POSITIONAL))
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        params.append(P(a.arg, P.KEYWORD_ONLY, default=... if d is not None else P.empty))
    if args.kwarg is not None:
        params.append(P(args.kwarg.arg, P.VAR_KEYWORD))
    if drop_first and params and params[0].kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return params


def compare_signature(path: str, node: ast.AST, what: str, stub: list[inspect.Parameter],
                      runtime: list[inspect.Parameter], overloaded: bool, report: Report) -> None:
    P = inspect.Parameter
    r_pos = [p for p in runtime if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    r_varpos = any(p.kind == P.VAR_POSITIONAL for p in runtime)
    r_varkw = any(p.kind == P.VAR_KEYWORD for p in runtime)
    r_by_name = {p.name: p for p in runtime if p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY)}
    s_pos = [p for p in stub if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    s_names = {p.name for p in stub if p.kind in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY)}
    s_varpos = any(p.kind == P.VAR_POSITIONAL for p in stub)
    s_varkw = any(p.kind == P.VAR_KEYWORD for p in stub)
    variant = " (an overload variant)" if overloaded else ""

    for i, sp in enumerate(s_pos):
        rp = r_pos[i] if i < len(r_pos) else None
        if rp is None:
            if not r_varpos:
                report.error(path, node, f'{what}{variant}: parameter "{sp.name}" (position {i + 1}) does not exist at run time')
            continue
        if sp.kind == P.POSITIONAL_OR_KEYWORD:
            if rp.kind == P.POSITIONAL_ONLY:
                report.error(path, node, f'{what}{variant}: "{sp.name}" is positional-only at run time (add `/`)')
            elif rp.name != sp.name:
                report.error(path, node, f'{what}{variant}: parameter {i + 1} is "{rp.name}" at run time, not "{sp.name}"')
        elif rp.kind == P.POSITIONAL_OR_KEYWORD:
            report.note(path, node, f'{what}{variant}: "{rp.name}" is positional-only in the stub but also a keyword at run time')
        if sp.default is not P.empty and rp.default is P.empty:
            report.error(path, node, f'{what}{variant}: "{sp.name}" has a default in the stub but is required at run time')
        if sp.default is P.empty and rp.default is not P.empty and not overloaded:
            report.note(path, node, f'{what}: "{sp.name}" is required in the stub but optional at run time')
    for sp in stub:
        if sp.kind == P.KEYWORD_ONLY:
            rp = r_by_name.get(sp.name)
            if rp is None:
                if not r_varkw:
                    report.error(path, node, f'{what}{variant}: keyword "{sp.name}" does not exist at run time')
            elif sp.default is not P.empty and rp.default is P.empty:
                report.error(path, node, f'{what}{variant}: "{sp.name}" has a default in the stub but is required at run time')
        elif sp.kind == P.VAR_POSITIONAL and not r_varpos:
            report.error(path, node, f'{what}{variant}: *{sp.name} accepts arguments the run time rejects')
        elif sp.kind == P.VAR_KEYWORD and not r_varkw:
            report.error(path, node, f'{what}{variant}: **{sp.name} accepts keywords the run time rejects')

    # Runtime parameters the stub does not offer.
    for i, rp in enumerate(r_pos):
        covered = i < len(s_pos) or (rp.kind == P.POSITIONAL_OR_KEYWORD and rp.name in s_names)
        if covered:
            continue
        if rp.default is P.empty:
            report.error(path, node, f'{what}{variant}: required parameter "{rp.name}" is missing from the stub')
        elif not overloaded and not s_varpos:
            report.note(path, node, f'{what}: optional parameter "{rp.name}" is not in the stub')
    for rp in runtime:
        if rp.kind != P.KEYWORD_ONLY or rp.name in s_names:
            continue
        if rp.default is P.empty and not s_varkw:
            report.error(path, node, f'{what}{variant}: required keyword "{rp.name}" is missing from the stub')
        elif not overloaded and not s_varkw:
            report.note(path, node, f'{what}: optional keyword "{rp.name}" is not in the stub')


def runtime_signature(obj: object) -> list[inspect.Parameter] | None:
    try:
        return list(inspect.signature(obj).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def check_function_runtime(stub: Stub, func: StubFunc, obj: object, report: Report, what: str) -> None:
    if not callable(obj):
        report.error(stub.path, func.variants[0], f"{what} is a function in the stub but {type(obj).__name__} at run time")
        return
    sig = runtime_signature(obj)
    if sig is None:
        return
    overloaded = len(func.variants) > 1
    for v in func.variants:
        compare_signature(stub.path, v, what, stub_params(v, False), sig, overloaded, report)


def static_member(cls: type, name: str) -> object:
    for klass in inspect.getmro(cls):
        if name in vars(klass):
            return vars(klass)[name]
    raise AttributeError(name)


def check_method_runtime(stub: Stub, cls: StubClass, rcls: type, func: StubFunc, report: Report) -> None:
    what = f'"{cls.name}.{func.name}"'
    node = func.variants[0]
    if func.name == "__init__":
        sig = runtime_signature(rcls)
        if sig is not None:
            for v in func.variants:
                compare_signature(stub.path, v, what, stub_params(v, True), sig, len(func.variants) > 1, report)
        return
    try:
        raw = static_member(rcls, func.name)
    except AttributeError:
        if not stub.stub_only(node):
            report.error(stub.path, node, f"{what} does not exist at run time")
        return
    descriptor_types = (property, type(int.real), type(complex.real))  # property, getset, member
    is_data = isinstance(raw, descriptor_types) or type(raw).__name__ == "_tuplegetter"
    if func.kind == "property":
        if callable(raw) and not is_data:
            report.error(stub.path, node, f"{what} is a property in the stub but a method at run time")
        return
    if raw is None:
        report.error(stub.path, node, f"{what} is None at run time (declare `{func.name}: None`)")
        return
    if is_data:
        report.error(stub.path, node, f"{what} is a method in the stub but a {type(raw).__name__} at run time")
        return
    if isinstance(raw, (classmethod, type(dict.__dict__["fromkeys"]))):
        if func.kind != "classmethod":
            report.error(stub.path, node, f"{what} is a classmethod at run time")
        bound = getattr(rcls, func.name)
        drop = True
    elif isinstance(raw, staticmethod):
        if func.kind != "staticmethod":
            report.error(stub.path, node, f"{what} is a staticmethod at run time")
        bound = getattr(rcls, func.name)
        drop = False
    else:
        if func.kind in ("staticmethod", "classmethod"):
            report.error(stub.path, node, f"{what} is a plain method at run time, not a {func.kind}")
        bound = getattr(rcls, func.name)
        drop = True
    if not callable(bound):
        report.error(stub.path, node, f"{what} is a method in the stub but {type(raw).__name__} at run time")
        return
    sig = runtime_signature(bound)
    if sig is None:
        return
    if func.kind not in ("classmethod", "staticmethod"):
        sig = sig[1:] if sig and sig[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                 inspect.Parameter.POSITIONAL_OR_KEYWORD) else sig
    for v in func.variants:
        compare_signature(stub.path, v, what, stub_params(v, drop), sig, len(func.variants) > 1, report)


def check_class_runtime(stub: Stub, cls: StubClass, robj: object, report: Report,
                        resolve: dict[str, object], protocols: dict[str, StubClass]) -> None:
    rcls = runtime_class_of(robj)
    if not inspect.isclass(rcls):
        report.error(stub.path, cls.node, f'"{cls.name}" is a class in the stub but {type(robj).__name__} at run time')
        return
    for base in cls.bases:
        bname = base.value.id if isinstance(base, ast.Subscript) and isinstance(base.value, ast.Name) else (
            base.id if isinstance(base, ast.Name) else None)
        if bname is None or bname in ("Generic", "Protocol", "NamedTuple"):
            continue
        rbase = runtime_class_of(resolve.get(bname)) if bname in resolve else None
        if not inspect.isclass(rbase):
            continue
        if issubclass(rcls, rbase) or stub.stub_only(base):
            continue
        proto = protocols.get(bname)
        if proto is not None and all(hasattr(rcls, m) for m in proto.methods):
            continue  # structurally a subtype, as the checker sees it
        report.error(stub.path, base, f'"{cls.name}" does not derive from "{bname}" at run time')
    for name, attr in cls.attrs.items():
        if name == "__hash__" and isinstance(attr.annotation, ast.Constant) and attr.annotation.value is None:
            if getattr(rcls, "__hash__", 0) is not None:
                report.error(stub.path, attr, f'"{cls.name}.__hash__" is not None at run time')
            continue
        declared = any(name in vars(k) for k in inspect.getmro(rcls))
        annotated = name in getattr(rcls, "__annotations__", {})
        if not (declared or annotated or hasattr(rcls, name) or stub.stub_only(attr)):
            report.error(stub.path, attr, f'attribute "{cls.name}.{name}" does not exist at run time')
    for func in cls.methods.values():
        check_method_runtime(stub, cls, rcls, func, report)


def check_runtime(stub: Stub, resolve: dict[str, object], protocols: dict[str, StubClass], report: Report) -> None:
    try:
        module = importlib.import_module(stub.module)
    except ImportError as e:
        report.error(stub.path, None, f"cannot import module {stub.module}: {e}")
        return
    for name, cls in stub.classes.items():
        maker = STUB_ONLY_CLASSES.get((stub.module, name))
        if stub.stub_only(cls.node):
            continue
        if maker is not None:
            check_class_runtime(stub, cls, maker(), report, resolve, protocols)
        elif name.startswith("_"):
            continue
        elif not hasattr(module, name):
            report.error(stub.path, cls.node, f'class "{name}" does not exist in {stub.module} at run time')
        else:
            check_class_runtime(stub, cls, getattr(module, name), report, resolve, protocols)
    for name, func in stub.functions.items():
        if name.startswith("_"):
            continue
        if stub.stub_only(func.variants[0]):
            continue
        if not hasattr(module, name):
            report.error(stub.path, func.variants[0], f'function "{name}" does not exist in {stub.module} at run time')
            continue
        check_function_runtime(stub, func, getattr(module, name), report, f'"{stub.module}.{name}"')
    for name, var in stub.variables.items():
        if name.startswith("__") and name.endswith("__"):
            continue  # module dunders (__name__, __file__, ...) exist in every module
        if stub.stub_only(var):
            continue
        if not hasattr(module, name):
            report.error(stub.path, var, f'variable "{name}" does not exist in {stub.module} at run time')
            continue
        value = getattr(module, name)
        ann = var.annotation
        head = ann.value.id if isinstance(ann, ast.Subscript) and isinstance(ann.value, ast.Name) else (
            ann.id if isinstance(ann, ast.Name) else "")
        if (inspect.isroutine(value) and head != "Callable") or (inspect.isclass(value) and head != "type"):
            report.error(stub.path, var, f'"{name}" is a variable in the stub but {type(value).__name__} at run time')
            continue
        # A variable typed with a stub class (sys.version_info: _version_info):
        # check that class against the value's runtime type.
        if head in stub.classes and stub.classes[head].name.startswith("_"):
            check_class_runtime(stub, stub.classes[head], type(value), report, resolve, protocols)


# ================================================================ driver

def list_missing(stub: Stub) -> None:
    """Print the public names of the real module that the stub does not declare."""
    try:
        module = importlib.import_module(stub.module)
    except ImportError:
        return
    declared = set(stub.classes) | set(stub.functions) | set(stub.variables)
    public = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    missing = sorted(n for n in public if n not in declared and not inspect.ismodule(getattr(module, n, None)))
    if missing:
        print(f"{os.path.relpath(stub.path, ROOT)}: missing: {' '.join(missing)}")


def listed_stubs() -> list[str]:
    """The stubs CMakeLists.txt embeds (TPY_STUBS)."""
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"set\(TPY_STUBS(.*?)\)", text, re.S)
    if not m:
        return []
    return [os.path.join(ROOT, p) for p in m.group(1).split()]


def main(argv: list[str]) -> int:
    report = Report(verbose="-v" in argv, strict="--strict" in argv)
    paths = [os.path.abspath(a) for a in argv if not a.startswith("-")]
    if not paths:
        listed = listed_stubs()
        on_disk = sorted(os.path.join(STUB_DIR, f) for f in os.listdir(STUB_DIR) if f.endswith(".pyi"))
        for p in on_disk:
            if p not in listed:
                report.error(p, None, "stub is not listed in CMakeLists.txt's TPY_STUBS (it would not be embedded)")
        for p in listed:
            if not os.path.exists(p):
                report.error(p, None, "listed in TPY_STUBS but missing")
        paths = [p for p in listed if os.path.exists(p)]

    # builtins and typing are always loaded: every stub may use their names.
    base = {}
    for m in ("builtins", "typing"):
        s = load_stub(os.path.join(STUB_DIR, m + ".pyi"), Report())
        if s is not None:
            base[m] = s
    builtins_names = set()
    if "builtins" in base:
        b = base["builtins"]
        builtins_names = set(b.classes) | set(b.variables) | set(b.functions)
    # Runtime objects for stub base names, and the protocols typing.pyi defines.
    resolve: dict[str, object] = {}
    import builtins as _builtins
    import typing as _typing
    for n in dir(_builtins):
        resolve[n] = getattr(_builtins, n)
    for n in ALLOWED_TYPING:
        if hasattr(_typing, n):
            resolve[n] = getattr(_typing, n)
    protocols = {}
    if "typing" in base:
        protocols = {n: c for n, c in base["typing"].classes.items() if c.is_protocol}

    for path in paths:
        stub = load_stub(path, report)
        if stub is None:
            continue
        check_dialect(stub, builtins_names, report)
        local_resolve = dict(resolve)
        try:
            mod = importlib.import_module(stub.module)
            for n in stub.classes:
                if hasattr(mod, n):
                    local_resolve[n] = getattr(mod, n)
        except ImportError:
            pass
        check_runtime(stub, local_resolve, protocols, report)
        if "--missing" in argv:
            list_missing(stub)

    sys.stdout.flush()
    summary = f"check_stubs: {len(paths)} stubs, {report.errors} errors"
    if report.notes:
        summary += f", {report.notes} notes (stub stricter than CPython; -v shows them)"
    print(summary, file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
