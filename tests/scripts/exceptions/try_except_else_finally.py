# Proves: the order of try/except/else/finally with and without an exception.
def run(fail: bool) -> None:
    try:
        print("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
