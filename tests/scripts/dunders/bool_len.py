# Proves: __bool__ and __len__ decide truthiness.
class Empty:
    def __len__(self) -> int:
        return 0
class Falsy:
    def __bool__(self) -> bool:
        return False
class Plain:
    pass
for o in (Empty(), Falsy(), Plain()):
    print(type(o).__name__, bool(o), "truthy" if o else "falsy")
