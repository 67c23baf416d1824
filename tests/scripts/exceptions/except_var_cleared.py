# Proves: the except-as name is unbound at the end of the handler.
def f() -> None:
    e = "before"
    print(e)
    try:
        raise ValueError("v")
    except ValueError as e:
        print("in handler", e)
    print("e" in locals())
f()
