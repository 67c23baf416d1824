# proves: CPython's __future__ easter egg is a SyntaxError
from __future__ import braces
