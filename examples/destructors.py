# examples/destructors.py: deterministic destructors.
#
# What it demonstrates: CPython frees an object the moment its reference count
# drops to zero, so `__del__` runs at a predictable point: when `f()` returns,
# its local `a` goes away and "A signing off!" is printed right then, before
# the caller prints its next line.  A tracing garbage collector (PyPy, Java)
# would run it later, or never (see the notes, "Deterministic destructors").
# What to look for: each "A signing off!" sits between "calling f()" and
# "f() returned"; rebinding a name or `del` frees the old object at once; an
# object stays alive while a list still refers to it.
# Usage: python3 examples/destructors.py [CALLS]   (default 3)
import sys


class A:
    def __init__(self, name: str = "A") -> None:
        self.name = name

    def __del__(self) -> None:
        print(f"{self.name} signing off!")


def f() -> None:
    a = A()
    print(f"  f() made {a.name}")


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for i in range(calls):
        print(f"calling f() #{i + 1}")
        f()
        print("f() returned")

    print("rebinding a name frees the old object:")
    b = A("first")
    b = A("second")
    print("deleting the name frees the second one:")
    del b

    print("an object lives while a list refers to it:")
    keep = [A("kept")]
    print("  clearing the list...")
    keep.clear()
    print("done")


main()
