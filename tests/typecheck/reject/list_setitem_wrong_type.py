# proves: list item assignment checks the element type
xs = [1, 2]
xs[0] = "a"  # E:1: No overload variant of "__setitem__" of "list" matches argument types "int", "str"
