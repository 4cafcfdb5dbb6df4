from typing import Dict, List, Optional, Tuple, Union, Callable, Any, TypeVar, Generic

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __len__(self) -> int:
        return len(self._items)


s: Stack[int] = Stack[int]()
for i in range(3):
    s.push(i * 10)
print(s.pop(), len(s), type(s).__name__)


def apply(f: Callable[[int], int], values: list[int]) -> dict[str, int]:
    return {str(v): f(v) for v in values}


print(apply(lambda v: v * v, [1, 2, 3]))
print(apply.__annotations__)
print(Stack.push.__annotations__, Stack.pop.__annotations__)


class Config:
    name: str = "app"
    port: int = 8080
    debug: bool
    tags: Tuple[str, ...] = ()


print(Config.__annotations__, Config.port, hasattr(Config, "debug"))
print(Optional[int], Union[int, str], Dict[str, List[int]], list[int], int | None)
Pair = Tuple[Any, Any]
print(Pair, Union[int, None] == Optional[int], isinstance(3, int | str))
total: int = 0
for n in range(5):
    total += n
print(total, __annotations__)
