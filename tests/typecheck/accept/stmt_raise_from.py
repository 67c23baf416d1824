# proves: `raise ... from ...` chains exceptions (__cause__)
class ConfigError(Exception):
    pass


def load(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config") from e


try:
    load("x")
except ConfigError as err:
    assert isinstance(err.__cause__, ValueError)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("r") from None
except RuntimeError as e2:
    assert e2.__cause__ is None and e2.__suppress_context__
