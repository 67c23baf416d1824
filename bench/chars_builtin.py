"""Text processing with built-ins: the same text and the same results as
chars_loop.py, but every pass is a str method (count, split, upper,
replace) running in the runtime rather than a Python loop.
Usage: chars_builtin.py [REPEATS]   (the paragraph is 25 502 characters)
"""

import sys

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
         "pack", "my", "box", "with", "five", "dozen", "liquor", "jugs",
         "a", "typed", "python", "interpreter", "runs", "scripts", "fast",
         "and", "small", "of", "to", "in", "is", "it"]


def make_text(repeats: int) -> str:
    seed = 12345
    parts: list[str] = []
    for i in range(5000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        parts.append(WORDS[(seed >> 16) % len(WORDS)])
        if i % 17 == 16:
            parts.append(",")
        if i % 97 == 96:
            parts.append(".\n")
    return (" ".join(parts) + "\n") * repeats


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    text = make_text(repeats)
    print(f"text: {len(text)} chars")
    vowels = (text.count("a") + text.count("e") + text.count("i")
              + text.count("o") + text.count("u"))
    print(f"vowels {vowels} lines {text.count(chr(10))} "
          f"words {len(text.split())}")
    up = text.upper()
    print(f"upper: {len(up)} chars, {up[:40]!r}")
    semi = text.replace(",", ";")
    print(f"replaced: {semi.count(';')} semicolons, {semi[300:340]!r}")
    counts: dict[str, int] = {}
    for c in "abcdefghijklmnopqrstuvwxyz":
        n = text.count(c)
        if n > 0:
            counts[c] = n
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top letters: " + ", ".join(f"{c}={n}" for c, n in top))


main()
