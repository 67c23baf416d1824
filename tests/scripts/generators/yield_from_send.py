# Proves: yield from forwards send() to the inner generator, returns its value (any type), works on plain iterables, and closing the outer generator closes the inner one.
from typing import Generator, Iterator


def averager() -> Generator[float, float, int]:
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        x = yield avg
        if x < 0:
            return count
        total += x
        count += 1
        avg = total / count


def outer() -> Generator[float, float, str]:
    n = yield from averager()
    print("inner counted", n)
    m = yield from averager()
    return f"{n} then {m}"


g = outer()
print(next(g))
print(g.send(10.0))
print(g.send(20.0))
print(g.send(-1.0))
print(g.send(5.0))
try:
    g.send(-1.0)
except StopIteration as e:
    print("returned", e.value)


def from_list() -> Generator[int, None, None]:
    r = yield from [1, 2, 3]
    print("list gives", r)
    yield from range(2)
    yield from iter((7, 8))


print(list(from_list()))


def inner_with_finally() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer_closed() -> Generator[int, None, None]:
    try:
        yield from inner_with_finally()
    finally:
        print("outer finally")


oc = outer_closed()
print(next(oc))
oc.close()
print("closed")


def ret_int() -> Generator[int, None, int]:
    yield 1
    return 42


def twice() -> Generator[int, None, int]:
    a = yield from ret_int()
    b = yield from ret_int()
    return a + b


t = twice()
print(next(t), next(t))
print(next(t, -1))
t2 = twice()
for v in t2:
    print("v", v)
it = ret_int()
print(next(it), next(it, 99))
