# Proves: grouping words by first letter into a dict of lists (setdefault idiom).
words = "apple avocado banana blueberry cherry cranberry apricot".split()
groups: dict[str, list[str]] = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
for k in groups:
    print(k, groups[k])
counts: dict[str, int] = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts)
