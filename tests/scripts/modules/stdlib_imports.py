# Proves: the supported standard modules all import; typing names are usable at run time.
import sys
import math
import time
import random
import os.path
import collections
import dataclasses
import typing
from typing import Optional, List, Dict
x: Optional[int] = None
y: List[int] = [1]
z: Dict[str, int] = {"a": 1}
print(x, y, z, math.pi > 3, os.path.basename("/a/b.txt"), type(collections.deque()).__name__)
