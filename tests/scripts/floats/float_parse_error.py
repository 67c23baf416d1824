# Proves: float() of a non-number raises ValueError: could not convert string to float.
print(float("2.5"))
print(float("abc"))
