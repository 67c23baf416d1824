# Proves: __exit__ receives the exception type and value.
class Watch:
    def __enter__(self) -> "Watch":
        return self
    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        print("exit got", exc_type is ValueError, str(exc))
        return isinstance(exc, ValueError)
with Watch():
    raise ValueError("handled")
print("after")
with Watch():
    raise KeyError("not handled")
