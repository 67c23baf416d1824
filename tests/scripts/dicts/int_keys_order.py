# Proves: int, float and bool keys that compare equal share one slot.
d: dict[float, str] = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {2 ** 70: "big", -1: "neg", 0: "zero"}
print(d2[2 ** 70], d2[-1], list(d2))
