# proves: a `global` statement at module level is legal (a no-op) in Python
global x
x = 1
assert x == 1
