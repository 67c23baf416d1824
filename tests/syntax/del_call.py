# proves: a function call cannot be deleted
del print()
