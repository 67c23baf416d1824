# Proves: writing a file, closing it, and reading it back (read, readline, readlines, iteration).
import os
name = "_tmp_write_read.txt"
f = open(name, "w")
f.write("line one\n")
f.write("line two\n")
print("third", file=f)
f.close()
with open(name) as g:
    print(repr(g.read()))
with open(name) as g:
    print(repr(g.readline()), repr(g.readline()))
with open(name) as g:
    print(g.readlines())
with open(name) as g:
    for line in g:
        print(line.rstrip("\n"))
os.remove(name)
print(os.path.exists(name))
