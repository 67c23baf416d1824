# Proves: random.seed(n) then random() reproduces CPython's Mersenne Twister sequence.
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random())
random.seed(2 ** 70)
print(random.random())
