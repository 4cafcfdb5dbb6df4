# __repr__, __str__, __eq__, __hash__ and their use by builtins
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2)
print(p, repr(p), str(p), [p], {"k": p}, (p,))
print(f"{p}", f"{p!r}", "%s %r" % (p, p), "{0} {0!r}".format(p))
print(p == Point(1, 2), p != Point(1, 2), p == (1, 2), p is Point(1, 2))
print(len({p, Point(1, 2), Point(2, 1)}), {p: "found"}[Point(1, 2)])
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at"))
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash() == 5, EqNoHash() != 5, Point("a", 'b"'))
