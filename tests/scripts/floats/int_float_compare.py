# Proves: exact comparison between ints and floats, including huge ints.
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 1 == 1.0000000000000002)
print(float("inf") > 10 ** 1000, float("nan") < 1, -(10 ** 1000) < float("-inf"))
print(0 == -0.0, 3 < 3.5 < 4, 5 >= 5.0)
# (ints stored in a list[float] become floats in tpy: docs/language.md, section 7)
ints = [3, -1, 7, 2 ** 60 + 1, -(2 ** 60) - 1]
floats = [2.5, 0.0, 6.9999, 2.0 ** 60, -(2.0 ** 60), float("nan")]
print([[i < f for f in floats] for i in ints])
print([[f <= i for f in floats] for i in ints])
print([[i == f for f in floats] for i in ints], [[f != i for f in floats] for i in ints])
