import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, abs(v), bool(Vector()), bool(w))
print(repr(v), str(v), f"{v:.2f}", f"{v!r}", f"{v}", "{:>6}".format(Vector(1, 2)))
print(v == Vector(3, 4), v != w, {v, Vector(3, 4), w} == {v, w}, list(v), v[0], v[-1], tuple(w), max(v))
x, y = v
print(x, y, *w, sum(v), sorted([v, w, Vector(0, 1)], key=abs))
try:
    v + 1
except TypeError as e:
    print(e)
u = v
u += w
print(u is v, v, w)
try:
    v.z = 1
except AttributeError as e:
    print(e)
print(Vector.__slots__, hasattr(v, "__dict__"))
