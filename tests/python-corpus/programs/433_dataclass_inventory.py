from dataclasses import dataclass, field, asdict, replace
from typing import List, Optional
import json


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None

    def add(self, item: Item) -> "Order":
        self.items.append(item)
        return self

    def total(self) -> float:
        return round(sum(i.total for i in self.items), 2)


order = Order(7).add(Item("pen", 1.25, 4, ["office"])).add(Item("ink", 7.5, 1))
print(order)
print(order.total(), [i.name for i in order.items], order.items[0] == Item("pen", 1.25, 4, ["office"]))
print(json.dumps(asdict(order), indent=2))
cheap = replace(order.items[0], price=0.99)
print(cheap, order.items[0].price, cheap.total)
print(Item.__annotations__, Order.__dataclass_fields__["note"].default)
try:
    Item("x")
except TypeError as e:
    print(e)
try:
    Item("x", 1.0, 1, [], "extra")
except TypeError as e:
    print(e)
