# Proves: dataclass(order=True) comparisons and frozen=True raising FrozenInstanceError.
from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) < Version(1, 1), max(vs))
@dataclass(frozen=True)
class Frozen:
    v: int
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)))
setattr(f, "v", 2)
