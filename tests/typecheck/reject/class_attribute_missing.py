# proves: reading a missing attribute from a class object is rejected
class C:
    x = 1


v = C.y  # E:5: "Type[C]" has no attribute "y"
