from collections import defaultdict, OrderedDict, namedtuple, Counter, deque
from abc import ABC, abstractmethod
import json

class Item(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Item.registry[cls.__name__.lower()] = cls
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @abstractmethod
    def category(self) -> str: ...
    @property
    def value(self): return self.price * self.qty
    def __repr__(self): return f"{self.__class__.__name__}({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
    def __eq__(self, other): return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self): return hash(self.sku)
    def __lt__(self, other): return (self.category(), self.price) < (other.category(), other.price)
class Book(Item):
    def category(self): return "books"
class Food(Item):
    def category(self): return "food"
    def __init__(self, *a, expires="2024-12-31", **k):
        super().__init__(*a, **k); self.expires = expires

inv = [Book("B1", "Dune", 9.99, 3), Food("F1", "Rice", 2.5, 10, expires="2024-06-01"),
       Book("B2", "Emma", 4.25, 0), Food("F2", "Tea", 5.0, 4), Book("B1", "Dune (dup)", 1.0)]
print(sorted(Item.registry), len(set(inv)), inv[0] == inv[-1], inv[0] is inv[-1])
try:
    Item("X", "x", 1)
except TypeError as e:
    print(e)
by_cat = defaultdict(list)
for it in sorted(inv[:4]): by_cat[it.category()].append(it)
for cat, items in by_cat.items():
    print(f"== {cat.upper():^10} ==")
    for it in items:
        print(f"  {it.sku:<4}{it.name:<8}{it.price:>7.2f} x{it.qty:<3} = {it.value:>8.2f}")
    print(f"  {'subtotal':<12}{sum(i.value for i in items):>23.2f}")
Stock = namedtuple("Stock", "sku qty")
low = [Stock(i.sku, i.qty) for i in inv[:4] if i.qty < 5]
print(low, low[0]._asdict(), Stock._make(["Z", 1]))
od = OrderedDict((i.sku, i.qty) for i in inv[:4]); od.move_to_end("B1"); od.popitem(last=False)
print(od, list(od.keys()))
q = deque(maxlen=3)
for i in range(6): q.append(i)
q.rotate(1); q.appendleft(-1)
print(q, Counter("mississippi").most_common(2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(json.dumps([vars(i) for i in inv[:2]], indent=1))
print(json.dumps({"k": 1.0, "n": float("inf") if False else 1e100, "u": "é", "t": (1, 2)}, ensure_ascii=False, separators=(",", ":")))
print(json.loads('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}}', object_hook=lambda d: dict(sorted(d.items(), reverse=True))))
