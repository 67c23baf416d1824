# Proves: float ** overflows raise OverflowError with CPython's message.
print(10.0 ** 300)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("caught:", e)
print(float(2 ** 1023))
print(float(2 ** 1024))
