# proves: finally runs on return and on exceptions; nested try statements
log: list[str] = []


def f(fail: bool) -> int:
    try:
        if fail:
            raise KeyError("k")
        return 1
    finally:
        log.append("finally")


assert f(False) == 1
try:
    f(True)
except KeyError:
    log.append("caught")
assert log == ["finally", "finally", "caught"]
