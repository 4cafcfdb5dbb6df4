# default identity equality and hashing; __ne__ derived from __eq__; __eq__ returning NotImplemented
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, len({a, b, a}), {a: 1}[a])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Eq.__eq__({self.v}, {other!r})")
        if isinstance(other, Eq):
            return self.v == other.v
        return NotImplemented
    def __repr__(self):
        return f"Eq({self.v})"
    __hash__ = None
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
print(Eq(1) == 1)
print(1 == Eq(1))
print(Eq(1) in [0, Eq(1)])
class Hashable:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return isinstance(other, Hashable) and self.key == other.key
    def __hash__(self):
        return hash(self.key)
    def __repr__(self):
        return f"H({self.key})"
items = {Hashable(1): "one", Hashable(2): "two"}
print(items[Hashable(1)], Hashable(3) in items, len({Hashable(1), Hashable(1)}))
print([Hashable(1)].count(Hashable(1)), [Hashable(2)].index(Hashable(2)))
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 0
print(Always() == None, None == Always(), [1, 2].count(Always()), Always() in [5])
