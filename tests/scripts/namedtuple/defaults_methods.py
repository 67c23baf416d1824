# Proves: NamedTuple with defaults and methods; sorting NamedTuples.
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    age: int = 30
    def older(self, n: int) -> "Emp":
        return Emp(self.name, self.age + n)
es = [Emp("b", 40), Emp("a"), Emp("c", 25)]
print(sorted(es), min(es, key=lambda e: e.age).name, es[1].older(5))
