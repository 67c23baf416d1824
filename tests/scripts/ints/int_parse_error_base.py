# Proves: int() with an explicit base rejects a bad digit, caught, then an uncaught one.
try:
    int("9", 8)
except ValueError as e:
    print("caught:", e)
try:
    int("")
except ValueError as e:
    print("caught:", e)
int("0x", 16)
