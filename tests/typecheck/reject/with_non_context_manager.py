# proves: with needs __enter__ and __exit__ (mypy reports both missing)
class C:
    pass


with C() as v:  # E:6: "C" has no attribute "__enter__" # E:6: "C" has no attribute "__exit__"
    pass
