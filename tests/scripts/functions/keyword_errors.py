# Proves: an unknown keyword in **kwargs expansion raises TypeError at run time.
def f(a: int, b: int) -> int:
    return a - b
print(f(b=1, a=5))
kw = {"a": 1, "c": 2}
print(f(**kw))
