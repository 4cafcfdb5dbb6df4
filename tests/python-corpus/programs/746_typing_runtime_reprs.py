# typing at run time: reprs of forms and aliases, unions, get_origin/get_args, TypeVar.
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    Optional, Sequence, Tuple, TypeVar, Union, cast, get_args, get_origin, overload)
T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", str, bytes)
U = TypeVar("U", covariant=True)
print(T, K, S, U, T.__name__, K.__bound__, S.__constraints__, T.__covariant__, T.__bound__)

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(Box[int], Box(3).v, Box.__parameters__, Box[int].__origin__, Box[int].__args__)
print(Annotated[int, "meta"], Literal[1, "a"], Final[int], ClassVar[list[int]])
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Any, Sequence[int])
print(int | str, type(int | str), isinstance(3, int | str), isinstance(3.0, int | str), int | None)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(int | None))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(int), get_args(int))
print(Optional[List[int]] == Union[List[int], None], Union[int, int], Union[int], Literal[True])
print(cast(int, "x"), cast("List[int]", 5))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), f("s"))
