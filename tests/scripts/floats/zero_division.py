# Proves: float division by zero raises ZeroDivisionError: float division by zero.
x = 1.0
try:
    print(x % 0.0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(x // 0.0)
except ZeroDivisionError as e:
    print("caught:", e)
print(x / 0.0)
