# Proves: randint, choice, randrange after seeding give CPython's values.
import random
random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print([random.choice("abcdef") for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print(random.choice([10, 20, 30]))
