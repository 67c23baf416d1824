# Proves: with open(...) closes the file; writing to a closed file raises ValueError.
import os
name = "_tmp_with_file.txt"
with open(name, "w") as f:
    f.write("data")
print(f.closed)
os.remove(name)
f.write("more")
