# Proves: calling a method missing on the runtime type raises AttributeError (via getattr).
s = "text"
m = getattr(s, "upper")
print(getattr(s, "nope", None))
print(getattr(5, "real"))
getattr(s, "nope")
