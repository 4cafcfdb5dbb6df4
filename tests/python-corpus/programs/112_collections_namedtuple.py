# collections.namedtuple: repr, fields, _replace, _asdict, defaults, tuple behaviour
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p[1], p == (1, 2), len(p))
print(p._replace(x=10), p, p._asdict(), Point._fields)
x, y = p
print(x + y, list(p), p + (3,), p * 2, tuple(p))
Color = namedtuple("Color", "red green blue")
c = Color(255, green=128, blue=0)
print(c, c._asdict()["green"], Color._make([1, 2, 3]))
Opt = namedtuple("Opt", ["name", "value", "flag"], defaults=[0, False])
print(Opt("a"), Opt("b", 5), Opt._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(isinstance(p, tuple), type(p).__name__, Point.__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
class Point3(namedtuple("Point3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
q = Point3(1, -2, 3)
print(q, q.norm1(), {p: "hashable"})
print(Point(x="s", y=[1]), Point(*"ab"))
