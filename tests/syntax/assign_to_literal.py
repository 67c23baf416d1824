# proves: a literal cannot be an assignment target
1 = x
