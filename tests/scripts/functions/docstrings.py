# Proves: a function with a docstring runs normally and __doc__ holds the text.
def f() -> int:
    """Return forty-two."""
    return 42
print(f(), f.__doc__)
