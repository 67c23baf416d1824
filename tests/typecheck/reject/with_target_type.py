# proves: the `as` target gets __enter__'s return type
class Ctx:
    def __enter__(self) -> int:
        return 1

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool | None:
        return None


with Ctx() as v:
    s: str = v  # E:14: Incompatible types in assignment (expression has type "int", variable has type "str")
