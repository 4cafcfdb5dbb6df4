# __add__, __radd__, __iadd__, __sub__, __mul__, __neg__, NotImplemented fallback
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "Vec(" + ", ".join(map(str, self.c)) + ")"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.c])
        return NotImplemented
    def __radd__(self, other):
        print("  radd with", other)
        return self + other
    def __iadd__(self, other):
        print("  iadd")
        self.c = (self + other).c
        return self
    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, b - a, a * 3, 3 * a, -a, a + 1)
print(5 + a)
print(sum([a, b]), sum([a, b], Vec(0, 0)))
alias = a
a += b
print(a, alias, a is alias)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
try:
    p += 1
except TypeError as e:
    print("TypeError:", e)
n = [1]
m = n
n += [2]
t = (1,)
u = t
t += (2,)
print(m, u, t, a == Vec(11, 22))
