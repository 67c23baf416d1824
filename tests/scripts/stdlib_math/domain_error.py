# Proves: math.sqrt(-1) raises ValueError: math domain error.
import math
try:
    math.log(0)
except ValueError as e:
    print("caught:", e)
print(math.sqrt(-1))
