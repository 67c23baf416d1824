# Proves: bool is an int: arithmetic on True/False, sum of bools.
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(int(True), bool(2), bool(0), str(True))
print(True == 1, False == 0, hash(True) == hash(1))
