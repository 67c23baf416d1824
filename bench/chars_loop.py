"""Text processing char by char: the same text and the same results as
chars_builtin.py, but every pass is a `for ch in s` loop in Python.

Builds a deterministic pseudo-random English-like text (a paragraph of
words, repeated), then counts vowels, lines and words, upper-cases it,
replaces commas by semicolons and tallies letter frequencies.
Usage: chars_loop.py [REPEATS]   (the paragraph is 25 502 characters)
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


def count_vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeiou":
            n += 1
    return n


def count_lines(s: str) -> int:
    n = 0
    for ch in s:
        if ch == "\n":
            n += 1
    return n


def count_words(s: str) -> int:
    n = 0
    in_word = False
    for ch in s:
        if ch == " " or ch == "\n":
            in_word = False
        elif not in_word:
            in_word = True
            n += 1
    return n


def upper(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(ord(ch) - 32))
        else:
            out.append(ch)
    return "".join(out)


def replace_commas(s: str) -> str:
    out: list[str] = []
    for ch in s:
        out.append(";" if ch == "," else ch)
    return "".join(out)


def letter_counts(s: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in s:
        if "a" <= ch <= "z":
            counts[ch] = counts.get(ch, 0) + 1
    return counts


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    text = make_text(repeats)
    print(f"text: {len(text)} chars")
    print(f"vowels {count_vowels(text)} lines {count_lines(text)} "
          f"words {count_words(text)}")
    up = upper(text)
    print(f"upper: {len(up)} chars, {up[:40]!r}")
    semi = replace_commas(text)
    print(f"replaced: {semi.count(';')} semicolons, {semi[300:340]!r}")
    counts = letter_counts(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top letters: " + ", ".join(f"{c}={n}" for c, n in top))


main()
