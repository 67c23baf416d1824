# Proves: raising StopIteration outside a generator is an ordinary uncaught exception.
it = iter([1])
print(next(it))
next(it)
