# Proves: a class that defines __eq__ without __hash__ is unhashable.
class E:
    def __eq__(self, other: object) -> bool:
        return True
e = E()
print(e == 5)
s: set[object] = set()
s.add(e)
