# proves: object accepts anything; narrowing recovers the precise type
def show(o: object) -> str:
    if isinstance(o, int):
        return "int:" + str(o)
    return repr(o)


things: list[object] = [1, "a", None, [2]]
out = [show(t) for t in things]
assert out == ["int:1", "'a'", "None", "[2]"]
