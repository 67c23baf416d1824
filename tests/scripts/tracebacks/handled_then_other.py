# Proves: a handled exception leaves no trace; a later one is reported alone.
try:
    raise ValueError("handled")
except ValueError:
    pass
print("ok")
raise IndexError("reported")
