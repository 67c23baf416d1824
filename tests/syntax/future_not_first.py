# proves: __future__ imports must come first
x = 1
from __future__ import annotations
