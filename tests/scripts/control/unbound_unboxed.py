from typing import Iterator


def branch_float(c: bool) -> None:
    if c:
        x = 1.5
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def branch_bool(c: bool) -> None:
    if c:
        b = True
    try:
        print(b)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def branch_complex(c: bool) -> None:
    if c:
        z = 1 + 2j
    try:
        print(z * 2)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def branch_int(c: bool) -> None:
    if c:
        n = 5
    try:
        print(n + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def loop_float(k: int) -> None:
    for i in range(k):
        f = i * 0.5
    try:
        print(f)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def try_float(s: str) -> None:
    try:
        v = float(int(s))
    except ValueError:
        pass
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def del_float() -> None:
    y = 2.5
    print(y)
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 3.0
    y += 1.0
    print(y)


def del_bool_unbound() -> None:
    t = False
    del t
    try:
        del t
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def param_deleted(p: float, q: bool) -> None:
    print(p, q)
    del p
    del q
    try:
        print(p)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    p = 7.25
    print(p * 2.0)


def loop_accumulate(xs: list[float]) -> float:
    for x in xs:
        if x > 1.0:
            last = x
    total = 0.0
    for x in xs:
        total += x
    try:
        return total + last
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        return total


def while_bool(n: int) -> None:
    while n > 0:
        n -= 1
        flag = n % 2 == 0
        if flag:
            print("even", n)
    try:
        print(flag)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


branch_float(True)
branch_float(False)
branch_bool(True)
branch_bool(False)
branch_complex(True)
branch_complex(False)
branch_int(True)
branch_int(False)
loop_float(3)
loop_float(0)
try_float("4")
try_float("x")
del_float()
del_bool_unbound()
param_deleted(1.5, True)
print(loop_accumulate([0.5, 2.0, 3.0]))
print(loop_accumulate([0.5]))
while_bool(3)
while_bool(0)


def aug_maybe(c: bool) -> None:
    if c:
        x = 1.0
    try:
        x += 2.0
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def gen_maybe(c: bool) -> Iterator[float]:
    if c:
        g = 0.25
    yield 1.0
    yield g


def outer(c: bool) -> float:
    def inner(d: bool) -> float:
        if d:
            w = 2.0
        return w * 2.0

    try:
        return inner(c)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        return -1.0


aug_maybe(True)
aug_maybe(False)
print(list(gen_maybe(True)))
try:
    print(list(gen_maybe(False)))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(outer(True))
print(outer(False))
