# Proves: random.choice of an empty sequence raises IndexError.
import random
random.seed(1)
empty: list[int] = []
print(random.choice([1]))
print(random.choice(empty))
