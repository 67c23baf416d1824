# Proves: pass and ... as statements do nothing; None is the result of a bare return.
def nothing() -> None:
    pass
def dots() -> None:
    ...
nothing()
dots()
print("called")
if True:
    pass
print("done")
