# proves: a literal cannot be deleted
del 1
