# Proves: shuffle, uniform and gauss after seeding give CPython's values.
import random
random.seed(7)
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.uniform(1.0, 2.0), random.uniform(-5, 5))
print(random.gauss(0.0, 1.0), random.gauss(10.0, 2.0))
print(random.sample(range(100), 5))
