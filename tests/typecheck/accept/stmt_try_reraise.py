# proves: bare `raise` inside except re-raises; except Exception catches subclasses
def risky(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return n


def wrapped(n: int) -> int:
    try:
        return risky(n)
    except ValueError:
        raise


caught = ""
try:
    wrapped(-1)
except Exception as e:
    caught = type(e).__name__ + ":" + str(e)
assert caught == "ValueError:negative"
