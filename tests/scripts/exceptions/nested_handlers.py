# Proves: nested try blocks, each handling its own errors, inner re-raise to outer.
def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        try:
            return int(float(s))
        except ValueError:
            raise ValueError(f"cannot parse {s!r}")
for s in ["12", "3.7", "x"]:
    try:
        print(parse(s))
    except ValueError as e:
        print("error:", e)
