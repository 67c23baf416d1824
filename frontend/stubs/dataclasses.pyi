# frontend/stubs/dataclasses.pyi: the dataclasses module, in the tpy stub
# dialect (docs/stubs.md).
#
# `dataclass` and `field` are native in the checker (rule 9): it synthesises
# __init__/__eq__/__repr__ (and ordering for order=True) from the annotated
# class attributes.  The signatures below document the accepted keywords and
# follow typeshed's overloads as far as the dialect allows.
# Also declared: fields/asdict/astuple/is_dataclass/replace, loosely typed
# (asdict/astuple without their *_factory keywords).

from typing import Callable, TypeVar, overload

T = TypeVar("T")

class Field:
    name: str
    type: object
    default: object
    init: bool
    repr: bool
    compare: bool
    kw_only: bool

@overload
def dataclass(cls: type[T], /) -> type[T]: ...
@overload
def dataclass(*, init: bool = ..., repr: bool = ..., eq: bool = ..., order: bool = ...,
              unsafe_hash: bool = ..., frozen: bool = ..., match_args: bool = ...,
              kw_only: bool = ..., slots: bool = ..., weakref_slot: bool = ...) -> Callable[[type[T]], type[T]]: ...

# The checker gives `x: int = field(...)` the type of the attribute.  As in
# typeshed, field(default=v) and field(default_factory=f) have the type of v
# and of f(); the last variant returns Any in typeshed (here object).
@overload
def field(*, default: T, init: bool = ..., repr: bool = ..., hash: bool | None = ...,
          compare: bool = ..., metadata: dict[str, object] | None = ..., kw_only: bool = ...) -> T: ...
@overload
def field(*, default_factory: Callable[[], T], init: bool = ..., repr: bool = ..., hash: bool | None = ...,
          compare: bool = ..., metadata: dict[str, object] | None = ..., kw_only: bool = ...) -> T: ...
@overload
def field(*, init: bool = ..., repr: bool = ..., hash: bool | None = ..., compare: bool = ...,
          metadata: dict[str, object] | None = ..., kw_only: bool = ...) -> object: ...

def fields(class_or_instance: object) -> tuple[Field, ...]: ...
def asdict(obj: object) -> dict[str, object]: ...
def astuple(obj: object) -> tuple[object, ...]: ...
def is_dataclass(obj: object) -> bool: ...
def replace(obj: T, /, **changes: object) -> T: ...

class FrozenInstanceError(AttributeError): ...
