# proves: a tuple is not a valid augmented-assignment target
a, b = 1, 2
a, b += 1
