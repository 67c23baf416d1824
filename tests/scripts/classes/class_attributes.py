# Proves: class attributes are shared; instance attributes shadow them.
class Counter:
    created = 0
    def __init__(self) -> None:
        Counter.created += 1
        self.id = Counter.created
a = Counter()
b = Counter()
print(Counter.created, a.id, b.id, a.created)
