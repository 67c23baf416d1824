# proves: CPython's 'Perhaps you forgot a comma?' hint
x = [1 2]
