# Proves: os.path.join, basename, dirname, split, splitext, normpath, isabs.
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a", "/root"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("dir/"))
print(os.path.split("/x/y"), os.path.splitext("archive.tar.gz"), os.path.normpath("a//b/../c"))
print(os.path.isabs("/x"), os.path.isabs("x"))
