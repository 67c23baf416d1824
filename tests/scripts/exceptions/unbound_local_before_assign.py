# Proves: a local assigned only in a branch not taken raises UnboundLocalError on read.
def f(flag: bool) -> int:
    if flag:
        y = 1
    return y
print(f(True))
print(f(False))
