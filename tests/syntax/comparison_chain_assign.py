# proves: a comparison cannot be an assignment target
a = 1
a < 2 = 3
