from typing import (Any, Callable, Dict, Final, Iterable, List, Literal, Optional, Sequence, Tuple, TypedDict,
                    Union, cast, get_type_hints, overload, TYPE_CHECKING, ClassVar, NewType, get_origin, get_args)
UserId = NewType("UserId", int)
class Movie(TypedDict):
    title: str
    year: int
class Config:
    retries: ClassVar[int] = 3
    name: str
    tags: List[str]
def process(items: Sequence[int], mode: Literal["sum", "max"] = "sum", cb: Optional[Callable[[int], None]] = None) -> int:
    r = sum(items) if mode == "sum" else max(items)
    if cb:
        cb(r)
    return r
print(process([1, 2, 3]), process((4, 5), "max", print))
print(get_type_hints(process))
print(get_type_hints(Config))
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)
print(UserId(5), type(UserId(5)).__name__, cast(int, "x"), TYPE_CHECKING)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str, None]))
print(Optional[int] == Union[int, None], List[int] == List[int], repr(Any), Literal["a", 1])
MAX: Final = 10
print(MAX, Tuple[int, str], Iterable[str], Callable[..., int], Dict[str, List[int]])
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))
