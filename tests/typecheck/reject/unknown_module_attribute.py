# proves: an attribute a standard module does not have is rejected
import math

v = math.no_such_function(1)  # E:5: Module has no attribute "no_such_function"
