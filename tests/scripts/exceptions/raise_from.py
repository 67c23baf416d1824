# Proves: raise ... from ... sets __cause__; the traceback ends with the new exception.
class ConfigError(Exception):
    pass
def load() -> None:
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("bad config") from e
try:
    load()
except ConfigError as e:
    print("caught", e, "cause:", repr(e.__cause__))
load()
