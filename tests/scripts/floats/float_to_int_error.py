# Proves: int(inf) raises OverflowError, int(nan) raises ValueError.
try:
    print(int(float("nan")))
except ValueError as e:
    print("caught:", e)
print(int(float("inf")))
