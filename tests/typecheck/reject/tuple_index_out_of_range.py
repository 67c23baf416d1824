# proves: a constant index past the end of a fixed tuple is rejected
t = (1, 2)
v = t[5]  # E:5: Tuple index out of range
