# Proves: dataclasses with methods and __post_init__.
from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, default=0.0)
    def __post_init__(self) -> None:
        self.area = self.w * self.h
    def scale(self, k: float) -> "Rect":
        return Rect(self.w * k, self.h * k)
r = Rect(2.0, 3.0)
print(r, r.scale(2.0).area)
