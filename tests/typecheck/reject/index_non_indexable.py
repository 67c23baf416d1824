# proves: subscripting a value that does not support it is rejected
x = 1
y = x[0]  # E:5: Value of type "int" is not indexable
