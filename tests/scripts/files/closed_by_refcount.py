# Proves: a file whose last reference goes is flushed and closed: a second open reads its data.
import os
name = "_tmp_refcount_close.txt"
def write() -> None:
    f = open(name, "w")
    f.write("written without close\n")
write()
print(open(name).read(), end="")
f2 = open(name, "a")
f2.write("appended\n")
f2 = open(name)
print(f2.read(), end="")
del f2
os.remove(name)
