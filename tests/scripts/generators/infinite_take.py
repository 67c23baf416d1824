# Proves: an infinite generator consumed partially; fibonacci numbers become bignums.
from typing import Iterator
def fibs() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for i, f in enumerate(fibs()):
    if i >= 100:
        break
    out.append(f)
print(out[:10], out[-1])
