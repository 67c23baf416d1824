# proves: a positional argument cannot follow a keyword argument
print(sep=' ', 1)
