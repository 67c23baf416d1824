# Proves: modulo/division by zero messages for int, float and complex in one script.
def attempt(label: str, f: int) -> None:
    try:
        if f == 0:
            print(1 // 0)
        elif f == 1:
            print(1 % 0)
        elif f == 2:
            print(1.0 / 0)
        elif f == 3:
            print(1.0 % 0.0)
        elif f == 4:
            print((1 + 1j) / 0)
        else:
            print(divmod(1.0, 0.0))
    except ZeroDivisionError as e:
        print(label, e)
for i, lab in enumerate(["int//", "int%", "float/", "float%", "complex/", "divmod"]):
    attempt(lab, i)
