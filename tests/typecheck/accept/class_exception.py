# proves: user exception subclasses with extra fields, raised and caught
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key: str) -> None:
        super().__init__("missing " + key)
        self.key = key


def get(d: dict[str, int], k: str) -> int:
    if k not in d:
        raise NotFound(k)
    return d[k]


try:
    get({}, "x")
except AppError as e:
    assert isinstance(e, NotFound) and e.key == "x"
    assert str(e) == "missing x"
