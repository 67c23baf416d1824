# Proves: an invalid format spec raises ValueError with CPython's message.
try:
    print(format(5, "z"))
except ValueError as e:
    print("caught:", e)
try:
    print(format("s", "d"))
except ValueError as e:
    print("caught:", e)
print(format(1.5, "d"))
