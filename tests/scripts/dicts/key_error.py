# Proves: a missing key raises KeyError with the key's repr.
d = {"a": 1}
try:
    print(d["b"])
except KeyError as e:
    print("caught:", e, repr(e))
print(d["missing"])
