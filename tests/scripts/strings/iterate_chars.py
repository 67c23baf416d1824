# Proves: char-by-char loops versus built-ins give the same counts (notes' lesson).
text = "the quick brown fox jumps over the lazy dog " * 20
count = 0
for ch in text:
    if ch == "o":
        count += 1
print(count, text.count("o"))
upper = ""
for ch in text[:20]:
    upper += ch.upper()
print(upper, text[:20].upper())
