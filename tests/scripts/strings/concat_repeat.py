# Proves: + and * on strings, including repetition by zero and negatives.
s = "ab"
print(s + "cd", s * 3, 3 * s, repr(s * 0), repr(s * -2))
parts: list[str] = []
for i in range(5):
    parts.append(str(i))
print("".join(parts))
acc = ""
for ch in "xyz":
    acc = acc + ch * 2
print(acc)
