# Proves: int/float/str/bool/list/tuple/set/dict conversions.
print(int("7"), float("7"), str(7), bool("x"), list("ab"), tuple([1]), sorted(set([2, 1, 2])), dict([(1, 2)]))
print(int(7.9), int(-7.9), float(True), str(1.0), str(None), str([1, "a"]))
print(list(range(3)), list({"a": 1}), list((1, 2)), tuple("xy"))
