# Proves: reading a local after del raises UnboundLocalError.
def f() -> int:
    x = 1
    print(x)
    del x
    return x
f()
