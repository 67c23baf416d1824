# Proves: random.Random instances have independent seeded streams.
import random
a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(0, 1000), b.randint(0, 1000))
random.seed(99)
print(random.getrandbits(64))
