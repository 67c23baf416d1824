# proves: try / except / else / finally, several handlers and `as` names
def div(a: int, b: int) -> tuple[str, list[str]]:
    log: list[str] = []
    try:
        r = a // b
    except ZeroDivisionError as e:
        log.append("zero " + str(e))
        res = "inf"
    except (TypeError, ValueError):
        res = "bad"
    else:
        res = str(r)
    finally:
        log.append("done")
    return res, log


assert div(6, 3) == ("2", ["done"])
assert div(1, 0) == ("inf", ["zero integer division or modulo by zero", "done"])
