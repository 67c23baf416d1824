# Proves: __exit__ returning True suppresses the exception.
class Suppress:
    def __enter__(self) -> None:
        return None
    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        print("suppressing", exc)
        return True
with Suppress():
    raise ValueError("gone")
print("continues")
