# proves: raising something that is not an exception is rejected
def f() -> None:
    raise 1  # E:5: Exception must be derived from BaseException


def g() -> None:
    raise "error"  # E:5: Exception must be derived from BaseException
