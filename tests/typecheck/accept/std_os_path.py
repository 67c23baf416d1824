# proves: os.path functions on paths (no filesystem changes)
import os
import os.path

p = os.path.join("dir", "sub", "file.txt")
assert os.path.basename(p) == "file.txt" and os.path.dirname(p) == os.path.join("dir", "sub")
assert os.path.splitext(p) == (os.path.join("dir", "sub", "file"), ".txt")
assert os.path.split(p)[1] == "file.txt" and os.path.isabs(os.path.abspath(p))
assert os.path.exists(__file__) and os.path.isfile(__file__) and not os.path.isdir(__file__)
assert os.path.normpath("a/./b/../c") == os.path.join("a", "c")
assert os.path.getsize(__file__) > 0 and isinstance(os.getcwd(), str)
