# proves: self.attr must exist on the class
class C:
    def __init__(self) -> None:
        self.a = 1

    def show(self) -> None:
        print(self.b)  # E:15: "C" has no attribute "b"
