# proves: methods need annotations too (self excepted)
class C:
    def m(self, v) -> None:  # E:5: Function is missing a type annotation for one or more arguments
        pass

    def n(self):  # E:5: Function is missing a return type annotation
        pass
