# proves: import, import-as and from-import of the standard modules
import math
import sys as system
from math import sqrt, pi as PI
from os import path
import os.path

assert sqrt(16) == 4.0 and PI == math.pi
assert system.version_info >= (3, 8)
assert path.join("a", "b") == os.path.join("a", "b")
