# Proves: print of nested containers with floats, bools, None and strings.
print([1.0, 2.5, True, None, "s", ("t",), {"k": [1]}])
print({1: {2: {3: None}}}, [[[]]], {(): ()})
