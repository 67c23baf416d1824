# Proves: sys.maxsize, sys.version_info major/minor, platform and byteorder.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info.major, sys.version.startswith("3."))
print(sys.byteorder, sys.platform)
