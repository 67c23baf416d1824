# proves: an operator without the matching dunder is rejected
class C:
    pass


c = C() + C()  # E:5: Unsupported left operand type for + ("C")
d = C() < C()  # E:5: Unsupported left operand type for < ("C")
