# Proves: sorting a mix of int and str raises TypeError: '<' not supported between instances.
xs: list[int | str] = [2, 1]
print(sorted(xs))
xs.append("a")
print(sorted(xs))
