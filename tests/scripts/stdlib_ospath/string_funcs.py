# os.path's string functions, keyword arguments and errors (shared helpers in os_path.c).
import os.path

for p in ["", "/", "//", "a", "a/b", "/a/b/", "a//b", "///x//y", "a.b/c.d.e", ".bashrc", "a/..b", "x.tar.gz"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
for p in ["", ".", "a/./b/../c", "/../x", "//a//b/", "///a", "a/../..", "../a/./"]:
    print(repr(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.basename(p="x/y"), os.path.split(p="q/r"), os.path.normpath(path="a//b"))
print(os.path.isabs(os.path.abspath("rel")), os.path.abspath("/a/../b"), os.path.realpath("/no/such/../dir"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print(os.path.expanduser("no/tilde"), os.path.join("a", "b", "/c", "d"), os.path.join("a/", "", "b"))
try:
    os.path.getsize("/no/such/file")
except OSError as e:
    print("OSError", e.errno, e)
try:
    print(os.path.relpath(""))
except ValueError as e:
    print("ValueError", e)
