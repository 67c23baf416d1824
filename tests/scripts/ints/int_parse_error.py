# Proves: int() of a non-number raises ValueError with CPython's message.
print(int("12"))
print(int("12abc"))
