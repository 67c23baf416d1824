# proves: a method must take self (or be a staticmethod)
class C:
    def m() -> None:  # E:5: Method must have at least one argument. Did you forget the "self" argument?
        pass
