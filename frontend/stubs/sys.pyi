# frontend/stubs/sys.pyi: the sys module, in the tpy stub dialect (docs/stubs.md).
#
# Simplifications compared with CPython 3.11 / typeshed:
# - version_info and float_info are struct sequences in CPython (typeshed:
#   classes deriving from a fixed-length tuple); here they are NamedTuples with
#   the same fields, which gives the same attribute, index and comparison
#   behaviour.  Their class names are private, as in typeshed.
# - byteorder is Literal["little", "big"] in typeshed; here str.
# - sys.modules, exc_info, settrace, ... are not declared yet.

from typing import NamedTuple, NoReturn, TextIO, overload

argv: list[str]
byteorder: str
executable: str
maxsize: int
maxunicode: int
path: list[str]
platform: str
version: str
hexversion: int
stdin: TextIO
stdout: TextIO
stderr: TextIO
__stdin__: TextIO
__stdout__: TextIO
__stderr__: TextIO

class _version_info(NamedTuple):
    major: int
    minor: int
    micro: int
    releaselevel: str
    serial: int

version_info: _version_info

class _float_info(NamedTuple):
    max: float
    max_exp: int
    max_10_exp: int
    min: float
    min_exp: int
    min_10_exp: int
    dig: int
    mant_dig: int
    epsilon: float
    radix: int
    rounds: int

float_info: _float_info

# typeshed: status is str | int | None (sys._ExitCode).
def exit(status: str | int | None = ..., /) -> NoReturn: ...
def getrefcount(object: object, /) -> int: ...
@overload
def getsizeof(obj: object) -> int: ...
@overload
def getsizeof(obj: object, default: int) -> int: ...
def getrecursionlimit() -> int: ...
def setrecursionlimit(limit: int, /) -> None: ...
def intern(string: str, /) -> str: ...
def getdefaultencoding() -> str: ...
def getswitchinterval() -> float: ...
def setswitchinterval(interval: float, /) -> None: ...
