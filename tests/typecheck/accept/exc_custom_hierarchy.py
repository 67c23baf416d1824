# proves: an exception class hierarchy with fields and __str__
class ParseError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(msg)
        self.line = line
        self.msg = msg

    def __str__(self) -> str:
        return f"line {self.line}: {self.msg}"


class UnexpectedToken(ParseError):
    pass


def parse(tokens: list[str]) -> int:
    for i, t in enumerate(tokens):
        if not t.isdigit():
            raise UnexpectedToken(i + 1, "bad token " + repr(t))
    return len(tokens)


try:
    parse(["1", "x"])
except ParseError as e:
    assert str(e) == "line 2: bad token 'x'" and e.line == 2
