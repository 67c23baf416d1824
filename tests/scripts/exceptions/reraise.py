# Proves: a bare raise re-raises the current exception with its original message.
def f() -> None:
    try:
        d: dict[str, int] = {}
        d["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
f()
