# proves: `from m import name` of a missing name is rejected
from math import no_such_name  # E:1: Module "math" has no attribute "no_such_name"
