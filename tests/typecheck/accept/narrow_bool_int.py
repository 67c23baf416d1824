# proves: isinstance(x, bool) before int, and bool is a subtype of int
def kind(v: int | str) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    return "str"


n: int = True
assert kind(True) == "bool" and kind(3) == "int" and kind("s") == "str" and n == 1
assert True + True == 2
