# proves: recursion over a union of JSON-like types with isinstance narrowing, Union aliases, str.join and repr
from typing import Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


def dump(value: Json, indent: int = 0) -> str:
    pad = "  " * indent
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in sorted(value.items())]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"


def depth(value: Json) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


doc: Json = {"name": "tpy", "tags": ["c", "jit"], "ok": True, "ratio": 0.5, "nested": {"empty": [], "none": None}}
print(dump(doc))
print(depth(doc), dump([]), dump({}))
