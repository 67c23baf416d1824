# proves: method arguments are checked against the parameter types
class Acc:
    def add(self, v: int) -> None:
        pass


Acc().add("1")  # E:11: Argument 1 to "add" of "Acc" has incompatible type "str"; expected "int"
