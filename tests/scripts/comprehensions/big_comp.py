# Proves: large comprehensions (300000 elements) and a sum over them.
sq = [i * i for i in range(300000)]
print(len(sq), sum(sq) % 1000003)
ev = {i for i in range(100000) if i % 7 == 0}
print(len(ev))
