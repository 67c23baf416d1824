# proves: lambda parameters cannot be annotated
f = lambda x: int: x
