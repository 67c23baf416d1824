# proves: building strings with join, += in loops, repr/str of containers
parts: list[str] = []
for i in range(3):
    parts.append(str(i))
s = ""
for p in parts:
    s += p
assert s == "012" and ", ".join(parts) == "0, 1, 2"
assert str([1, "a"]) == "[1, 'a']" and str({"k": (1, 2.5)}) == "{'k': (1, 2.5)}"
assert str(None) == "None" and str(True) == "True" and str(1.0) == "1.0" and str(1e20) == "1e+20"
