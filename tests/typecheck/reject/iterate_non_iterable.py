# proves: for loops need an iterable (a class without __iter__ is not one)
class C:
    pass


for x in C():  # E:10: "C" has no attribute "__iter__" (not iterable)
    pass
