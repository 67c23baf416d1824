# Proves: the notes' '\0' * 10000 loop frees each string at once (refcounting).
for i in range(100000):
    a = "\0" * 10000
print(len(a))
