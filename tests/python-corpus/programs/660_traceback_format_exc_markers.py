import traceback
from dataclasses import dataclass

class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

@dataclass
class Order:
    item: str
    qty: int
    price: float

    def total(self):
        if self.qty <= 0: raise ValidationError("qty", "must be positive")
        return self.qty * self.price

def parse(line):
    name, qty, price = line.split(",")
    return Order(name.strip(), int(qty), float(price))

def process(lines):
    results = []
    for ln in lines:
        try:
            order = parse(ln)
            results.append(round(order.total(), 2))
        except (ValueError, ValidationError) as e:
            print(f"skip {ln!r}: {type(e).__name__}: {e}")
            print(traceback.format_exc().replace(__file__, "prog.py"))
    return results

print(process(["apple, 3, 0.5", "pear, x, 1", "fig, 0, 2", "kiwi,2", "plum, 4, 1.25"]))
def avg(xs):
    return sum(xs) / len(xs)
def report(data):
    stats = {k: avg(v) for k, v in data.items()}
    return stats
try:
    report({"a": [1, 2], "b": []})
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines).replace(__file__, "prog.py"))
try:
    cfg = {"db": {"host": "x"}}
    port = cfg["db"]["port"]
except KeyError as e:
    print([s.replace(__file__, "prog.py") for s in traceback.format_exception(type(e), e, e.__traceback__)[-2:]])
try:
    vals = [3, 1, "2"]
    vals.sort()
except TypeError:
    print(traceback.format_exc(limit=None).replace(__file__, "prog.py"))
def deep(n):
    return deep(n - 1) if n else None.upper()
try:
    deep(5)
except AttributeError:
    print(traceback.format_exc().replace(__file__, "prog.py"))
