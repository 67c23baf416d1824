# proves: keyword-only parameters after `*` and after *args
def connect(host: str, *, port: int = 80, secure: bool = False) -> str:
    return ("https://" if secure else "http://") + host + ":" + str(port)


def tag(*names: str, sep: str) -> str:
    return sep.join(names)


assert connect("x", secure=True, port=443) == "https://x:443"
assert tag("a", "b", sep="-") == "a-b"
