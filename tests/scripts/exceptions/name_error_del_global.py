# Proves: reading a deleted global raises NameError: name 'g' is not defined.
g = 1
print(g)
del g
def use() -> int:
    return g
print(use())
