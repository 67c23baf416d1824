# proves: collections.defaultdict and Counter
from collections import Counter, defaultdict

groups: defaultdict[int, list[str]] = defaultdict(list)
for w in ["a", "bb", "cc"]:
    groups[len(w)].append(w)
assert groups[2] == ["bb", "cc"] and groups[3] == []
counts = Counter("abracadabra")
assert counts["a"] == 5 and counts.most_common(1) == [("a", 5)]
