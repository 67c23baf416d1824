# Proves: append mode adds to the end; write mode truncates.
import os
name = "_tmp_append.txt"
for mode, s in [("w", "a\n"), ("a", "b\n"), ("a", "c\n")]:
    with open(name, mode) as f:
        f.write(s)
print(open(name).read().split())
with open(name, "w") as f:
    f.write("x\n")
print(open(name).read().split())
os.remove(name)
