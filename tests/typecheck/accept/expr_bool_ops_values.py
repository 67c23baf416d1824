# proves: `and` / `or` return one of their operands
a = "" or "default"
b = "x" and "y"
n = 0 or 5
assert a == "default" and b == "y" and n == 5
items: list[int] = []
chosen = items or [1]
assert chosen == [1]
