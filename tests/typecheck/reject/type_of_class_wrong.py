# proves: type[C] only accepts C and its subclasses
class A:
    pass


class B:
    pass


def make(k: type[A]) -> A:
    return k()


make(B)  # E:6: Argument 1 to "make" has incompatible type "Type[B]"; expected "Type[A]"
