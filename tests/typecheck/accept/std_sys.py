# proves: the sys module's common attributes and functions
import sys

assert len(sys.argv) >= 1 and isinstance(sys.argv[0], str)
assert sys.maxsize > 2 ** 31 and sys.version_info.major == 3
assert sys.version_info >= (3, 8) and isinstance(sys.platform, str)
assert sys.getrecursionlimit() > 100
sys.setrecursionlimit(2000)
assert sys.getrecursionlimit() == 2000
sys.stdout.write("out\n")
sys.stderr.write("")
assert sys.getsizeof(0) > 0 and sys.getrefcount(None) > 0
assert sys.float_info.epsilon < 1e-10 and isinstance(sys.byteorder, str)
if len(sys.argv) > 5:
    sys.exit(3)
