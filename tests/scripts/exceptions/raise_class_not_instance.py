# Proves: raising an exception class instantiates it.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
raise MemoryError
