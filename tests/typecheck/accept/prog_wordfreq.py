# proves: text processing: str methods, dict counting with get, Counter, sorted by (-count, word), formatting tables
from collections import Counter

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks; the fox runs.  A quick end!"""


def words(text: str) -> list[str]:
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()


counts: dict[str, int] = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print(f"{word:>6} | {'#' * n} {n}")
c = Counter(words(TEXT))
assert c.most_common(1)[0] == ("the", 4) and dict(top)["the"] == 4
lengths = {w: len(w) for w in counts}
longest = max(lengths, key=lambda w: (lengths[w], w))
print(longest, sorted({len(w) for w in counts}), "%d distinct, %.1f%% 'the'" % (len(counts), 100 * counts["the"] / sum(counts.values())))
