# Proves: math.factorial(-1) raises ValueError with CPython's message.
import math
print(math.factorial(5))
print(math.factorial(-1))
