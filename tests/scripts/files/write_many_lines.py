# Proves: writing and re-reading 10000 lines; line count and checksum.
import os
name = "_tmp_many.txt"
with open(name, "w") as f:
    for i in range(10000):
        f.write(f"{i}\n")
total = 0
n = 0
with open(name) as f:
    for line in f:
        total += int(line)
        n += 1
print(n, total)
os.remove(name)
