# proves: the random module with a fixed seed: random, randint, choice, shuffle, sample, uniform
import random

random.seed(12345)
x = random.random()
assert 0.0 <= x < 1.0
n = random.randint(1, 6)
assert 1 <= n <= 6
items = [1, 2, 3, 4]
assert random.choice(items) in items
random.shuffle(items)
assert sorted(items) == [1, 2, 3, 4]
assert len(random.sample(items, 2)) == 2 and 2.0 <= random.uniform(2, 3) <= 3.0
assert 0 <= random.randrange(10) < 10
rng = random.Random(7)
a = rng.random()
assert random.Random(7).random() == a
