# proves: file I/O with `with open(...)`: write, read lines, iterate, append, os.path helpers
import os

path = os.path.join("/tmp", f"tpy_prog_files_{os.getpid()}.txt")
with open(path, "w") as f:
    for i in range(3):
        f.write(f"line {i}\n")
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    lines = [line.rstrip("\n") for line in f]
print(lines)
with open(path, encoding="utf-8") as f:
    text = f.read()
print(len(text), text.count("line"), os.path.exists(path), os.path.basename(path).endswith(".txt"))
os.remove(path)
print(os.path.exists(path))
