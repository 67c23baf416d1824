# proves: `from M import x` of a module tpy does not provide is rejected (mypy accepts).
from itertools import chain  # E[tpy]:1: unsupported in tpy: module 'itertools'
