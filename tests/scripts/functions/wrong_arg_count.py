# Proves: a *list expansion with too many items raises TypeError: f() takes 1 positional argument but 2 were given.
def f(x: int) -> int:
    return x + 1
one = [1]
print(f(*one))
two = [1, 2]
print(f(*two))
