# proves: class attributes read through the class and through instances
class Registry:
    count: int = 0
    prefix = "id"

    def __init__(self) -> None:
        Registry.count += 1
        self.ident = self.prefix + str(Registry.count)


a = Registry()
b = Registry()
assert b.ident == "id2" and Registry.count == 2
