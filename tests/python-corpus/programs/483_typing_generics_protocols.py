from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterator, NamedTuple, Protocol
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self) -> str:
        return f"Box({self.item!r})"
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
def apply(f: Callable[[int], int], x: int = 0) -> int:
    return f(x)
class Coord(NamedTuple):
    lat: float
    lon: float = 0.0
    def __str__(self):
        return f"({self.lat:.1f}, {self.lon:.1f})"
def gen(n: int) -> Iterator[int]:
    yield from range(n)
b: Box[int] = Box(3)
print(b, b.get(), first([1, 2]), first([]), apply(lambda v: v * 2, 21), list(gen(3)))
print(Coord(1.25), repr(Coord(2, 3)), Coord._fields, Coord(1)._asdict())
print(first.__annotations__, apply.__annotations__["f"])
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Callable[[int], str])
print(list[int], dict[str, list[int]], int | None, type(None) | str)
x: int = 5
y: "str"
print(__annotations__ if "__annotations__" in dir() else None)
def f(a: int, *args: str, b: bool = True, **kw: Any) -> None: ...
print(f.__annotations__)
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self) -> float:
        return 4.0
def total(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)
print(total([Sq(), Sq()]), isinstance(3, int | str), Box[int], Box.__name__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self
s = Stack[int]().push(1).push(2)
print(s.items, type(s).__name__)
