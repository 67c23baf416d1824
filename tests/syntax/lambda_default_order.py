# proves: the default-order rule also applies to lambda
f = lambda a=1, b: a
