# proves: an undefined name is rejected
x = foo + 1  # E:5: Name "foo" is not defined
