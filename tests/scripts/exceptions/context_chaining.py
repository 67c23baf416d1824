# Proves: an exception raised while handling another keeps it as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__))
raise_it = True
try:
    empty: dict[int, int] = {}
    empty[1]
except KeyError:
    if raise_it:
        raise TypeError("second")
