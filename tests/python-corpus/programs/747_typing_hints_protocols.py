# get_type_hints (include_extras), NewType, runtime-checkable Protocols and their errors.
from typing import (Annotated, ClassVar, List, Optional, Protocol, NewType, get_type_hints,
                    runtime_checkable)

class P:
    a: int
    b: "str"
    c: ClassVar[int] = 3
    d: Annotated[float, "unit"]
    def m(self, x: int, y: Optional[str] = None) -> List[int]: ...
print(get_type_hints(P))
print(get_type_hints(P.m))
print(get_type_hints(P, include_extras=True))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, UserId.__supertype__)

@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))

@runtime_checkable
class Named(Protocol):
    name: str

class N:
    def __init__(self):
        self.name = "x"
print(isinstance(N(), Named), isinstance(3, Named))
for check in (lambda: issubclass(N, Named), lambda: HasLen()):
    try:
        check()
    except TypeError as e:
        print(e)

class Impl(HasLen):
    def __len__(self):
        return 3
print(len(Impl()), isinstance(Impl(), HasLen))
try:
    runtime_checkable(Impl)
except TypeError as e:
    print(e)

class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(3, NotRC)
except TypeError as e:
    print(e)
print(HasLen, Protocol)
