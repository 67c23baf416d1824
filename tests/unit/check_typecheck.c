/* tests/unit/check_typecheck.c: the static checker on small snippets.
 *
 * Each case checks a snippet with tpy_check_string and compares the sorted
 * errors, "LINE:COL: error: MESSAGE" per line, with the expectation.  The
 * expectations are mypy --strict 1.0.1's messages (verified case by case),
 * except the "unsupported in tpy: ..." ones, which are tpy's own.  Some more
 * tests look at the typed AST the compiler will read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "scope.h"
#include "suites.h"
#include "types.h"

typedef struct CheckCase { const char *name, *source, *expected; } CheckCase;

static const CheckCase cases[] = {
    { "assign_incompatible",
      "x: int = \"a\"\n",
      "1:10: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "return_incompatible",
      "def f() -> int:\n    return \"s\"\n",
      "2:12: error: Incompatible return value type (got \"str\", expected \"int\")\n" },
    { "argument_incompatible",
      "def f(a: int) -> None: ...\nf(\"x\")\n",
      "2:3: error: Argument 1 to \"f\" has incompatible type \"str\"; expected \"int\"\n" },
    { "too_many_args",
      "def f(a: int) -> None:\n    pass\nf(1, 2)\n",
      "3:1: error: Too many arguments for \"f\"\n" },
    { "missing_positional",
      "def f(a: int, b: int) -> None:\n    pass\nf()\n",
      "3:1: error: Missing positional arguments \"a\", \"b\" in call to \"f\"\n" },
    { "unexpected_keyword",
      "def f(a: int) -> None:\n    pass\nf(a=1, z=2)\n",
      "3:1: error: Unexpected keyword argument \"z\" for \"f\"\n" },
    { "keyword_arg_type",
      "def f(a: int) -> None:\n    pass\nf(a=\"s\")\n",
      "3:5: error: Argument \"a\" to \"f\" has incompatible type \"str\"; expected \"int\"\n" },
    { "kwonly_missing",
      "def f(*, a: int) -> None:\n    pass\nf()\n",
      "3:1: error: Missing named argument \"a\" for \"f\"\n" },
    { "unsupported_operand",
      "x = 1 + \"a\"\n",
      "1:9: error: Unsupported operand types for + (\"int\" and \"str\")\n" },
    { "unary_operand",
      "x = -\"a\"\n",
      "1:5: error: Unsupported operand type for unary - (\"str\")\n" },
    { "name_not_defined",
      "print(nope)\n",
      "1:7: error: Name \"nope\" is not defined\n" },
    { "missing_return_annotation",
      "def f(x: int):\n    pass\n",
      "1:1: error: Function is missing a return type annotation\n" },
    { "missing_annotation",
      "def f(x):\n    pass\n",
      "1:1: error: Function is missing a type annotation\n" },
    { "missing_arg_annotation",
      "def f(x, y: int) -> None:\n    pass\n",
      "1:1: error: Function is missing a type annotation for one or more arguments\n" },
    { "init_may_omit_return",
      "class A:\n    def __init__(self, x: int):\n        self.x = x\n",
      "" },
    { "missing_return_statement",
      "def f(x: int) -> int:\n    if x:\n        return 1\n",
      "1:1: error: Missing return statement\n" },
    { "missing_return_optional",
      "from typing import Optional\ndef f(x: int) -> Optional[int]:\n    if x:\n        return 1\n",
      "2:1: error: Missing return statement\n" },
    { "need_annotation_list",
      "x = []\n",
      "1:1: error: Need type annotation for \"x\" (hint: \"x: List[<type>] = ...\")\n" },
    { "need_annotation_dict",
      "def f() -> None:\n    d = {}\n",
      "2:5: error: Need type annotation for \"d\" (hint: \"d: Dict[<type>, <type>] = ...\")\n" },
    { "partial_resolved_by_append",
      "x = []\nx.append(1)\ny: int = x[0]\n",
      "" },
    { "empty_list_with_context",
      "x: list[int] = []\n",
      "" },
    { "attribute_missing",
      "class A:\n    pass\nA().y\n",
      "3:1: error: \"A\" has no attribute \"y\"\n" },
    { "attribute_assign_undeclared",
      "class A:\n    def __init__(self) -> None:\n        self.x = 1\na = A()\na.y = 2\n",
      "5:1: error: \"A\" has no attribute \"y\"\n" },
    { "optional_attribute",
      "from typing import Optional\nclass A:\n    x: int = 0\ndef f(a: Optional[A]) -> int:\n    return a.x\n",
      "5:12: error: Item \"None\" of \"Optional[A]\" has no attribute \"x\"\n" },
    { "narrow_is_not_none",
      "from typing import Optional\ndef f(a: Optional[int]) -> int:\n    if a is not None:\n        return a + 1\n    return 0\n",
      "" },
    { "narrow_early_return",
      "def f(a: int | None) -> int:\n    if a is None:\n        return 0\n    return a\n",
      "" },
    { "narrow_isinstance",
      "def f(a: int | str) -> int:\n    if isinstance(a, str):\n        return len(a)\n    return a\n",
      "" },
    { "narrow_isinstance_tuple",
      "def f(a: int | str | None) -> str:\n    if isinstance(a, (int, str)):\n        return str(a)\n    return \"\"\n",
      "" },
    { "narrow_truthiness",
      "def f(a: str | None) -> str:\n    if a:\n        return a\n    return \"\"\n",
      "" },
    { "narrow_and",
      "def f(a: list[int] | None) -> bool:\n    return a is not None and len(a) > 0\n",
      "" },
    { "narrow_assert",
      "def f(a: int | None) -> int:\n    assert a is not None\n    return a\n",
      "" },
    { "narrow_while",
      "class N:\n    def __init__(self) -> None:\n        self.next: N | None = None\ndef last(n: N) -> N:\n    cur = n\n    while cur.next is not None:\n        cur = cur.next\n    return cur\n",
      "" },
    { "narrow_walrus",
      "def g() -> int | None:\n    return 1\ndef f() -> int:\n    if (x := g()) is not None:\n        return x\n    return 0\n",
      "" },
    { "narrow_reset_on_assign",
      "def g() -> int | None:\n    return None\ndef f(a: int | None) -> int:\n    if a is None:\n        return 0\n    a = g()\n    return a\n",
      "7:12: error: Incompatible return value type (got \"Optional[int]\", expected \"int\")\n" },
    { "promotion_int_to_float",
      "x: float = 1\ny: complex = 2.5\n",
      "" },
    { "no_demotion",
      "x: int = 1.5\n",
      "1:10: error: Incompatible types in assignment (expression has type \"float\", variable has type \"int\")\n" },
    { "bool_is_int",
      "x: int = True\n",
      "" },
    { "pow_negative_literal",
      "x: int = 2 ** -1\n",
      "1:10: error: Incompatible types in assignment (expression has type \"float\", variable has type \"int\")\n" },
    { "pow_literal",
      "x: int = 2 ** 3\n",
      "" },
    { "overload_sum",
      "x: float = sum([1.5, 2.0])\ny: int = sum([1, 2])\n",
      "" },
    { "protocol_sized",
      "class Box:\n    def __len__(self) -> int:\n        return 3\nn: int = len(Box())\n",
      "" },
    { "protocol_not_sized",
      "class Box:\n    pass\nlen(Box())\n",
      "3:5: error: Argument 1 to \"len\" has incompatible type \"Box\"; expected \"Sized\"\n" },
    { "protocol_iterator",
      "class C:\n    def __init__(self) -> None:\n        self.n = 3\n    def __iter__(self) -> \"C\":\n        return self\n    def __next__(self) -> int:\n        self.n -= 1\n        if self.n < 0:\n            raise StopIteration\n        return self.n\nfor i in C():\n    j: int = i\n",
      "" },
    { "dataclass_init",
      "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: str = \"\"\nP(1)\nP(1, \"a\")\nP(\"a\")\n",
      "8:3: error: Argument 1 to \"P\" has incompatible type \"str\"; expected \"int\"\n" },
    { "dataclass_too_many",
      "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nP(1, 2)\n",
      "5:1: error: Too many arguments for \"P\"\n" },
    { "namedtuple_fields",
      "from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\n    y: str\np = P(1, \"a\")\na, b = p\nc: str = p[1]\nd: int = p.y\n",
      "8:10: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "slots_violation",
      "class S:\n    __slots__ = (\"a\",)\n    def __init__(self) -> None:\n        self.a = 1\n        self.b = 2\n",
      "5:9: error: Trying to assign name \"b\" that is not in \"__slots__\" of type \"t.S\"\n" },
    { "override_return",
      "class A:\n    def f(self) -> int:\n        return 1\nclass B(A):\n    def f(self) -> str:\n        return \"\"\n",
      "5:5: error: Return type \"str\" of \"f\" incompatible with return type \"int\" in supertype \"A\"\n" },
    { "override_argument",
      "class A:\n    def f(self, x: int) -> None:\n        pass\nclass B(A):\n    def f(self, x: str) -> None:\n        pass\n",
      "5:5: error: Argument 1 of \"f\" is incompatible with supertype \"A\"; supertype defines the argument type as \"int\"\n" },
    { "override_signature",
      "class A:\n    def f(self, x: int) -> None:\n        pass\nclass B(A):\n    def f(self, x: int, y: int) -> None:\n        pass\n",
      "5:5: error: Signature of \"f\" incompatible with supertype \"A\"\n" },
    { "override_compatible",
      "class A:\n    def f(self, x: int) -> object:\n        return 1\nclass B(A):\n    def f(self, x: object) -> int:\n        return 1\n",
      "" },
    { "type_ignore",
      "x: int = \"a\"  # type: ignore\ny: int = \"b\"  # type: ignore[assignment]\n",
      "" },
    { "unknown_module",
      "import nosuch\n",
      "1:1: error: Cannot find implementation or library stub for module named \"nosuch\"\n" },
    { "unsupported_module",
      "import json\n",
      "1:1: error: unsupported in tpy: module 'json'\n" },
    { "module_attribute",
      "import math\nmath.nope\n",
      "2:1: error: Module has no attribute \"nope\"\n" },
    { "from_import_missing",
      "from math import nope\n",
      "1:1: error: Module \"math\" has no attribute \"nope\"\n" },
    { "math_sqrt",
      "import math\nfrom math import sqrt\nx: float = math.sqrt(2) + sqrt(3)\n",
      "" },
    { "os_path",
      "import os\nimport os.path\ns: str = os.path.join(\"a\", \"b\")\n",
      "" },
    { "not_indexable",
      "x = 1\nx[0]\n",
      "2:1: error: Value of type \"int\" is not indexable\n" },
    { "dict_key_type",
      "d: dict[str, int] = {}\nd[1]\n",
      "2:3: error: Invalid index type \"int\" for \"Dict[str, int]\"; expected type \"str\"\n" },
    { "tuple_index_range",
      "t = (1, \"a\")\nt[2]\n",
      "2:1: error: Tuple index out of range\n" },
    { "tuple_item_type",
      "t = (1, \"a\")\nx: str = t[1]\ny: int = t[-2]\n",
      "" },
    { "unpack_count",
      "a, b = (1, 2, 3)\n",
      "1:8: error: Too many values to unpack (2 expected, 3 provided)\n" },
    { "star_unpack",
      "a, *b = [1, 2, 3]\nc: list[int] = b\n",
      "" },
    { "yield_type",
      "from typing import Iterator\ndef g() -> Iterator[int]:\n    yield \"a\"\n",
      "3:5: error: Incompatible types in \"yield\" (actual type \"str\", expected type \"int\")\n" },
    { "generator_return_type",
      "def g() -> int:\n    yield 1\n",
      "1:1: error: The return type of a generator function should be \"Generator\" or one of its supertypes\n" },
    { "does_not_return_value",
      "def f() -> None:\n    pass\nx = f()\n",
      "3:5: error: \"f\" does not return a value\n" },
    { "lambda_context",
      "from typing import Callable\nf: Callable[[int], int] = lambda x: x + 1\n",
      "" },
    { "lambda_sorted_key",
      "class P:\n    def __init__(self, n: str) -> None:\n        self.n = n\nps = [P(\"a\")]\nq = sorted(ps, key=lambda p: p.n)\nr: list[P] = q\n",
      "" },
    { "list_item_type",
      "x: list[int] = [1, \"a\"]\n",
      "1:20: error: List item 1 has incompatible type \"str\"; expected \"int\"\n" },
    { "inferred_list_float",
      "x = [1, 2.0]\ny: list[float] = x\n",
      "" },
    { "comprehension",
      "xs = [i * 2 for i in range(3) if i > 0]\nys: list[int] = xs\nd = {k: len(k) for k in [\"a\"]}\ne: dict[str, int] = d\n",
      "" },
    { "matmul_unsupported",
      "x = 1 @ 2\n",
      "1:5: error: unsupported in tpy: '@' operator\n" },
    { "raise_non_exception",
      "raise 1\n",
      "1:1: error: Exception must be derived from BaseException\n" },
    { "with_enter",
      "class CM:\n    def __enter__(self) -> int:\n        return 1\n    def __exit__(self, a: object, b: object, c: object) -> None:\n        pass\nwith CM() as v:\n    s: str = v\n",
      "7:14: error: Incompatible types in assignment (expression has type \"int\", variable has type \"str\")\n" },
    { "property_read_only",
      "class A:\n    @property\n    def x(self) -> int:\n        return 1\nA().x = 2\n",
      "5:1: error: Property \"x\" defined in \"A\" is read-only\n" },
    { "property_type",
      "class A:\n    @property\n    def x(self) -> int:\n        return 1\ns: str = A().x\n",
      "5:10: error: Incompatible types in assignment (expression has type \"int\", variable has type \"str\")\n" },
    { "classmethod_staticmethod",
      "class A:\n    @classmethod\n    def make(cls) -> \"A\":\n        return cls()\n    @staticmethod\n    def k(x: int) -> int:\n        return x\na: A = A.make()\nb: int = A.k(1)\n",
      "" },
    { "super_init",
      "class A:\n    def __init__(self, x: int) -> None:\n        self.x = x\nclass B(A):\n    def __init__(self) -> None:\n        super().__init__(\"s\")\n",
      "6:26: error: Argument 1 to \"__init__\" of \"A\" has incompatible type \"str\"; expected \"int\"\n" },
    { "closure_nonlocal",
      "def outer() -> int:\n    n = 0\n    def inc() -> None:\n        nonlocal n\n        n += 1\n    inc()\n    return n\n",
      "" },
    { "dunder_add",
      "class V:\n    def __add__(self, o: \"V\") -> \"V\":\n        return self\nv: V = V() + V()\nV() + 1\n",
      "5:7: error: Unsupported operand types for + (\"V\" and \"int\")\n" },
    { "compare_unsupported",
      "class A:\n    pass\nA() < A()\n",
      "3:1: error: Unsupported left operand type for < (\"A\")\n" },
    { "in_operator",
      "x = 1 in 3\n",
      "1:5: error: Unsupported right operand type for in (\"int\")\n" },
    { "str_format",
      "s: str = \"%d items\" % 3\n",
      "" },
    { "varargs_kwargs",
      "def f(*args: int, **kw: str) -> None:\n    a: tuple[int, ...] = args\n    b: dict[str, str] = kw\nf(1, 2, x=\"a\")\nf(\"a\")\n",
      "5:3: error: Argument 1 to \"f\" has incompatible type \"str\"; expected \"int\"\n" },
    { "class_var_inferred",
      "class A:\n    count = 0\nx: str = A.count\n",
      "3:10: error: Incompatible types in assignment (expression has type \"int\", variable has type \"str\")\n" },
    { "global_statement",
      "n = 0\ndef f() -> None:\n    global n\n    n = \"a\"\n",
      "4:9: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "exception_handler_type",
      "try:\n    pass\nexcept ValueError as e:\n    s: str = e.args\n",
      "4:14: error: Incompatible types in assignment (expression has type \"Tuple[object, ...]\", variable has type \"str\")\n" },
    { "decorator_unsupported",
      "import functools\n",
      "1:1: error: unsupported in tpy: module 'functools'\n" },
    { "multiple_inheritance",
      "class A:\n    pass\nclass B:\n    pass\nclass C(A, B):\n    pass\n",
      "5:1: error: unsupported in tpy: multiple inheritance\n" },
    { "typevar_unsupported",
      "from typing import TypeVar\nT = TypeVar(\"T\")\n",
      "2:1: error: unsupported in tpy: TypeVar\n" },
    { "forward_ref_string",
      "class Node:\n    def __init__(self) -> None:\n        self.next: \"Node | None\" = None\nn = Node()\nm: Node = n.next\n",
      "5:11: error: Incompatible types in assignment (expression has type \"Optional[Node]\", variable has type \"Node\")\n" },
    { "callable_type_name",
      "def f(x: int) -> str:\n    return \"\"\ny: int = f\n",
      "3:10: error: Incompatible types in assignment (expression has type \"Callable[[int], str]\", variable has type \"int\")\n" },
    { "optional_printing",
      "x: int | None = None\ny: str = x\n",
      "2:10: error: Incompatible types in assignment (expression has type \"Optional[int]\", variable has type \"str\")\n" },
    { "union_printing",
      "def f(x: int | str) -> None:\n    y: bytes = x\n",
      "2:16: error: Incompatible types in assignment (expression has type \"Union[int, str]\", variable has type \"bytes\")\n" },
    { "tuple_varlen_printing",
      "x: tuple[int, ...] = (1, 2)\ny: str = x\n",
      "2:10: error: Incompatible types in assignment (expression has type \"Tuple[int, ...]\", variable has type \"str\")\n" },
    { "type_printing",
      "class A:\n    pass\nx: int = A\n",
      "3:10: error: Incompatible types in assignment (expression has type \"Type[A]\", variable has type \"int\")\n" },
    /* Generic inference, bidirectional contexts, --strict-equality, method and
     * attribute overrides (expectations from mypy --strict 1.0.1). */
    { "infer_map_class_object",
      "xs = [1, 2]\nys: list[str] = list(map(str, xs))\n",
      "" },
    { "infer_map_lambda",
      "zs: list[str] = list(map(lambda x: x + 1, [1]))\n",
      "1:26: error: Argument 1 to \"map\" has incompatible type \"Callable[[int], int]\"; expected \"Callable[[int], str]\"\n1:36: error: Incompatible return value type (got \"int\", expected \"str\")\n" },
    { "infer_filter_lambda",
      "ws: list[int] = list(filter(lambda x: x > 1, [1, 2]))\n",
      "" },
    { "infer_defaultdict_factory",
      "from collections import defaultdict\nd: defaultdict[str, list[int]] = defaultdict(list)\nd['a'].append(1)\n",
      "" },
    { "infer_defaultdict_wrong_factory",
      "from collections import defaultdict\nd: defaultdict[str, int] = defaultdict(set)\n",
      "2:40: error: Argument 1 to \"defaultdict\" has incompatible type \"Type[Set[Any]]\"; expected \"Optional[Callable[[], int]]\"\n" },
    { "infer_sorted_user_iterator",
      "class C:\n    def __iter__(self) -> 'C':\n        return self\n    def __next__(self) -> int:\n        raise StopIteration\nxs: list[str] = sorted(C())\n",
      "6:24: error: Argument 1 to \"sorted\" has incompatible type \"C\"; expected \"Iterable[str]\"\n" },
    { "context_iterable_list",
      "from typing import Iterable\ndef f(xs: Iterable[int | str]) -> None: ...\nf([1, 'a'])\n",
      "" },
    { "context_iterable_list_wrong",
      "from typing import Iterable\ndef f(xs: Iterable[int]) -> None: ...\nf([1, 'a'])\n",
      "3:7: error: List item 1 has incompatible type \"str\"; expected \"int\"\n" },
    { "generator_send_type",
      "from typing import Generator\ndef g() -> Generator[int, str, None]:\n    s = yield 1\n    n: int = s\n",
      "4:14: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "iterator_yield_value_none",
      "from typing import Iterator\ndef g() -> Iterator[int]:\n    s = yield 1\n    n: int = s\n",
      "4:14: error: Incompatible types in assignment (expression has type \"None\", variable has type \"int\")\n" },
    { "namedtuple_replace",
      "from typing import NamedTuple\nclass P(NamedTuple):\n    x: int\np = P(1)._replace(x='a')\nq: P = P(1)._replace(x=2)\n",
      "4:21: error: Argument \"x\" to \"_replace\" of \"P\" has incompatible type \"str\"; expected \"int\"\n" },
    { "list_multiply_context",
      "xs: list[int | None] = [None] * 3\nys: list[int] = [None] * 3\n",
      "2:18: error: List item 0 has incompatible type \"None\"; expected \"int\"\n" },
    { "equality_non_overlapping",
      "def f(x: int, s: str) -> bool:\n    return x == s\n",
      "2:12: error: Non-overlapping equality check (left operand type: \"int\", right operand type: \"str\")\n" },
    { "equality_optional_ok",
      "def f(x: int | None, y: int) -> bool:\n    return x == y or x is None\n",
      "" },
    { "equality_generic_args",
      "def f(a: list[int], b: list[str]) -> bool:\n    return a == b\n",
      "2:12: error: Non-overlapping equality check (left operand type: \"List[int]\", right operand type: \"List[str]\")\n" },
    { "equality_custom_eq",
      "class A:\n    def __eq__(self, other: object) -> bool:\n        return True\ndef f(a: A) -> bool:\n    return a == 1\n",
      "" },
    { "equality_literal",
      "def f(s: str) -> bool:\n    return s == 1 or 1 == 2 or True == False\n",
      "2:12: error: Non-overlapping equality check (left operand type: \"str\", right operand type: \"Literal[1]\")\n2:22: error: Non-overlapping equality check (left operand type: \"Literal[1]\", right operand type: \"Literal[2]\")\n" },
    { "equality_promotion_ok",
      "def f(a: int, b: float, c: bool) -> bool:\n    return a == b and c == a\n",
      "" },
    { "equality_tuple_length",
      "def f(t: tuple[int, str]) -> bool:\n    return t == (1, 'a') or t == (1, 2)\n",
      "2:29: error: Non-overlapping equality check (left operand type: \"Tuple[int, str]\", right operand type: \"Tuple[int, int]\")\n" },
    { "equality_protocol_args",
      "from typing import Iterable\ndef f(a: Iterable[int], b: list[str], c: list[int]) -> bool:\n    return a == b or a == c\n",
      "3:12: error: Non-overlapping equality check (left operand type: \"Iterable[int]\", right operand type: \"List[str]\")\n" },
    { "equality_sets",
      "def f(a: set[int], b: frozenset[int], c: frozenset[str]) -> bool:\n    return a == b or a == c\n",
      "2:22: error: Non-overlapping equality check (left operand type: \"Set[int]\", right operand type: \"FrozenSet[str]\")\n" },
    { "identity_non_overlapping",
      "def f(a: int, b: str) -> bool:\n    return a is b\n",
      "2:12: error: Non-overlapping identity check (left operand type: \"int\", right operand type: \"str\")\n" },
    { "container_non_overlapping",
      "def f(s: str, xs: list[int], d: dict[str, int]) -> bool:\n    return s in xs or s in d\n",
      "2:12: error: Non-overlapping container check (element type: \"str\", container item type: \"int\")\n" },
    { "container_bytes_ok",
      "def f(b: bytes) -> bool:\n    return b'a' in b\n",
      "" },
    { "equality_duplicate_once",
      "def f(a: int, b: str) -> None:\n    print(a == b, a != b)\n",
      "2:11: error: Non-overlapping equality check (left operand type: \"int\", right operand type: \"str\")\n" },
    { "assign_to_method",
      "class C:\n    def m(self) -> int:\n        return 1\nc = C()\nc.m = lambda: 2\n",
      "5:1: error: Cannot assign to a method\n" },
    { "assign_to_method_wrong_type",
      "class C:\n    def m(self) -> int:\n        return 1\nc = C()\nc.m = 5\n",
      "5:1: error: Cannot assign to a method\n5:7: error: Incompatible types in assignment (expression has type \"int\", variable has type \"Callable[[], int]\")\n" },
    { "override_attribute_declared",
      "class A:\n    x: int = 0\nclass B(A):\n    x: str = ''\n",
      "4:14: error: Incompatible types in assignment (expression has type \"str\", base class \"A\" defined the type as \"int\")\n" },
    { "override_attribute_inferred",
      "class A:\n    x = 0\nclass B(A):\n    x = ''\n",
      "4:9: error: Incompatible types in assignment (expression has type \"str\", base class \"A\" defined the type as \"int\")\n" },
    { "override_attribute_compatible",
      "class A:\n    x: float = 0.0\nclass B(A):\n    x: int = 1\n",
      "" },
    { "override_attribute_self",
      "class A:\n    def __init__(self) -> None:\n        self.x: int = 0\nclass B(A):\n    def __init__(self) -> None:\n        super().__init__()\n        self.x: str = ''\n",
      "7:23: error: Incompatible types in assignment (expression has type \"str\", base class \"A\" defined the type as \"int\")\n" },
    { "override_attribute_method",
      "class A:\n    def m(self) -> int:\n        return 1\nclass B(A):\n    m = 5\n",
      "5:9: error: Incompatible types in assignment (expression has type \"int\", base class \"A\" defined the type as \"Callable[[A], int]\")\n" },
    { "str_join_non_str",
      "s = ','.join([1, 2])\n",
      "1:15: error: List item 0 has incompatible type \"int\"; expected \"str\"\n1:18: error: List item 1 has incompatible type \"int\"; expected \"str\"\n" },
    /* Comprehension contexts, lambda contexts, `_`, for targets, type aliases,
     * return-context-first inference, overload error reporting (mypy 1.0.1). */
    { "comprehension_list_context",
      "xs = [1]\na: list[str] = [x for x in xs]\n",
      "2:17: error: List comprehension has incompatible type List[int]; expected List[str]\n" },
    { "comprehension_dict_context",
      "xs = [1]\nc: dict[str, str] = {x: x for x in xs}\n",
      "2:22: error: Key expression in dictionary comprehension has incompatible type \"int\"; expected type \"str\"\n2:25: error: Value expression in dictionary comprehension has incompatible type \"int\"; expected type \"str\"\n" },
    { "generator_join_items",
      "s = ','.join(x for x in [1, 2])\n",
      "1:14: error: Generator has incompatible item type \"int\"; expected \"str\"\n" },
    { "lambda_context_kinds",
      "from typing import Callable\nf: Callable[[int], int] = lambda x, y=1: x + y\n",
      "2:27: error: Cannot infer type of lambda\n" },
    { "underscore_local_is_any",
      "def f(rows: list[tuple[str, int, float]]) -> int:\n    return sum(n for _, n, _ in rows)\n",
      "" },
    { "underscore_module_is_variable",
      "_ = 1\n_ = 'a'\n",
      "2:5: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "for_target_error_at_statement",
      "x = 1\nfor x in ['a']:\n    pass\n",
      "2:1: error: Incompatible types in assignment (expression has type \"str\", variable has type \"int\")\n" },
    { "type_alias_expanded",
      "Grid = list[list[int]]\nMaybe = int | None\ndef f(g: Grid, m: Maybe) -> int:\n    return g[0][0] + (m or 0)\nbad: Grid = [['x']]\n",
      "5:15: error: List item 0 has incompatible type \"str\"; expected \"int\"\n" },
    { "generic_return_context_first",
      "ys: list[float] = sorted([3, 1])\nx: float = max(1, 2)\nzs: list[str] = sorted([3, 1])\n",
      "3:25: error: List item 0 has incompatible type \"int\"; expected \"str\"\n3:28: error: List item 1 has incompatible type \"int\"; expected \"str\"\n" },
    { "overload_blames_plausible_variant",
      "from collections import defaultdict\nd: defaultdict[str, int] = defaultdict(set)\n",
      "2:40: error: Argument 1 to \"defaultdict\" has incompatible type \"Type[Set[Any]]\"; expected \"Optional[Callable[[], int]]\"\n" },
};

#define CASE_COUNT ((int)(sizeof cases / sizeof cases[0]))

/* The errors of checking `source` as "t.py", one "LINE:COL: error: MSG\n" each. */
static char *check_errors(const char *source, TpyProgram **program_out)
{
    TpyDiags diags;
    tpy_diags_init(&diags);
    TpyProgram *program = tpy_check_string("t.py", source, &diags);
    tpy_diags_sort(&diags);
    size_t cap = 4096, len = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (int i = 0; i < diags.count; i++) {
        const TpyDiag *d = &diags.items[i];
        if (d->kind == TPY_DIAG_NOTE)
            continue;
        size_t need = strlen(d->message) + 64;
        if (len + need >= cap) {
            cap = (len + need) * 2;
            out = realloc(out, cap);
        }
        len += (size_t)snprintf(out + len, cap - len, "%d:%d: error: %s\n", d->line, d->col, d->message);
    }
    tpy_diags_free(&diags);
    if (program_out != NULL)
        *program_out = program;
    else
        tpy_program_free(program);
    return out;
}

START_TEST(test_snippet)
{
    const CheckCase *tc = &cases[_i];
    char *got = check_errors(tc->source, NULL);
    if (strcmp(got, tc->expected) != 0)
        ck_abort_msg("case %s:\n--- expected\n%s--- got\n%s", tc->name, tc->expected, got);
    free(got);
}
END_TEST

/* The first statement's first target/expression of the main module. */
static TpyAstStmt *first_stmt(TpyProgram *program, int index)
{
    TpyAstModule *m = tpy_program_main(program);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_gt(m->body.count, index);
    return m->body.items[index];
}

static void assert_type_str(TpyAstExpr *e, const char *want)
{
    char buf[256];
    ck_assert_ptr_nonnull(e->type);
    ck_assert_str_eq(tpy_type_format(e->type, buf, sizeof buf), want);
}

START_TEST(test_typed_ast_list_float)
{
    TpyProgram *program;
    char *got = check_errors("x = [1.0]\n", &program);
    ck_assert_str_eq(got, "");
    TpyAstStmt *s = first_stmt(program, 0);
    ck_assert_int_eq(s->kind, TPY_STMT_ASSIGN);
    assert_type_str(s->u.assign.value, "List[float]");
    TpyAstExpr *target = s->u.assign.targets.items[0];
    ck_assert_ptr_nonnull(target->u.name.sym);
    assert_type_str(target, "List[float]");
    free(got);
    tpy_program_free(program);
}
END_TEST

START_TEST(test_typed_ast_promotion_join)
{
    TpyProgram *program;
    char *got = check_errors("x = [1, 2.5]\ny = {1: 'a', 2: None}\n", &program);
    ck_assert_str_eq(got, "");
    assert_type_str(first_stmt(program, 0)->u.assign.value, "List[float]");
    assert_type_str(first_stmt(program, 1)->u.assign.value, "Dict[int, Optional[str]]");
    free(got);
    tpy_program_free(program);
}
END_TEST

START_TEST(test_typed_ast_names_have_symbols)
{
    TpyProgram *program;
    char *got = check_errors("def f(a: int) -> int:\n    return a\nf(1)\n", &program);
    ck_assert_str_eq(got, "");
    TpyAstStmt *def = first_stmt(program, 0);
    ck_assert_ptr_nonnull(def->u.functiondef.sym);
    ck_assert_ptr_nonnull(def->u.functiondef.scope);
    TpyAstExpr *ret = def->u.functiondef.body.items[0]->u.return_.value;
    ck_assert_ptr_nonnull(ret->u.name.sym);
    ck_assert_int_eq(ret->u.name.sym->kind, TPY_SYM_PARAM);
    assert_type_str(ret, "int");
    TpyAstExpr *call = first_stmt(program, 1)->u.expr.value;
    assert_type_str(call, "int");
    assert_type_str(call->u.call.func, "Callable[[int], int]");
    free(got);
    tpy_program_free(program);
}
END_TEST

START_TEST(test_typed_ast_class_fields)
{
    TpyProgram *program;
    char *got = check_errors("class P:\n    def __init__(self, x: int) -> None:\n        self.x = x\n"
                             "        self.y = 'a'\nclass Q(P):\n    z: float\n", &program);
    ck_assert_str_eq(got, "");
    TpySymbol *q = first_stmt(program, 1)->u.classdef.sym;
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(q->cls);
    ck_assert_int_eq(q->cls->field_count, 3);
    ck_assert_str_eq(q->cls->fields[0]->name, "x");
    ck_assert_str_eq(q->cls->fields[1]->name, "y");
    ck_assert_str_eq(q->cls->fields[2]->name, "z");
    free(got);
    tpy_program_free(program);
}
END_TEST

START_TEST(test_typed_ast_ignored_line_keeps_error_type)
{
    TpyProgram *program;
    char *got = check_errors("x = 1 + 'a'  # type: ignore\n", &program);
    ck_assert_str_eq(got, "");
    TpyAstExpr *v = first_stmt(program, 0)->u.assign.value;
    ck_assert_ptr_nonnull(v->type);
    ck_assert_int_eq(v->type->kind, TPY_TYPE_ERROR);
    free(got);
    tpy_program_free(program);
}
END_TEST

START_TEST(test_no_crash_on_deep_nesting)
{
    char src[8192];
    size_t n = 0;
    n += (size_t)snprintf(src + n, sizeof src - n, "x = ");
    for (int i = 0; i < 150; i++)
        src[n++] = '(';
    src[n++] = '1';
    for (int i = 0; i < 150; i++)
        src[n++] = ')';
    src[n++] = '\n';
    src[n] = '\0';
    char *got = check_errors(src, NULL);
    free(got);
}
END_TEST

Suite *typecheck_suite(void)
{
    Suite *s = suite_create("typecheck");
    TCase *tc = tcase_create("snippets");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_snippet, 0, CASE_COUNT);
    suite_add_tcase(s, tc);
    TCase *ast = tcase_create("typed_ast");
    tcase_add_test(ast, test_typed_ast_list_float);
    tcase_add_test(ast, test_typed_ast_promotion_join);
    tcase_add_test(ast, test_typed_ast_names_have_symbols);
    tcase_add_test(ast, test_typed_ast_class_fields);
    tcase_add_test(ast, test_typed_ast_ignored_line_keeps_error_type);
    tcase_add_test(ast, test_no_crash_on_deep_nesting);
    suite_add_tcase(s, ast);
    return s;
}
