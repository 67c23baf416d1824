# proves: the dataclasses module: dataclass, field, asdict, astuple, replace, fields
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Rec:
    a: int
    b: str = "x"
    c: list[int] = field(default_factory=list)


r = Rec(1)
assert dataclasses.asdict(r) == {"a": 1, "b": "x", "c": []}
assert dataclasses.astuple(r) == (1, "x", [])
r2 = dataclasses.replace(r, b="y")
assert r2.b == "y" and r2.a == 1
assert [f.name for f in dataclasses.fields(r)] == ["a", "b", "c"]
assert dataclasses.is_dataclass(r)
