# Proves: raise ... from None suppresses the context.
def f() -> None:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("clean") from None
try:
    f()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
f()
