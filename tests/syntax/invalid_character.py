# proves: a character outside Python's syntax is rejected
x = 1 € 2
