from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass
class Cart:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None
    def add(self, item):
        self.items.append(item)
    @property
    def total(self):
        return round(sum(i.total() for i in self.items), 2)

c = Cart(owner="ann")
c.add(Item("pen", 1.25, 4))
c.add(Item("book", 12.5, tags=["paper"]))
print(c)
print(c.total, asdict(c))
print(astuple(c.items[0]))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs))
print(Version(1, 2) == Version(1, 2, 0), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 3
except Exception as e:
    print(type(e).__name__, e)
print(replace(vs[0], patch=9))
i2 = Item("x", 2.0)
print(i2 == Item("x", 2.0), i2 == Item("x", 2.0, 2), i2.tags is not Item("y", 1).tags)
@dataclass
class P:
    x: int
    y: int = field(default=0, repr=False)
    z: list = field(default_factory=lambda: [1], compare=False)
print(P(1, 2), P(1, 2) == P(1, 2, [5]))
try:
    Item()
except TypeError as e:
    print(e)
