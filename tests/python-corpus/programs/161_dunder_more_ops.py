# more operator dunders: //, %, **, unary, abs, comparison reflection, __index__
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __floordiv__(self, o):
        return Num(self.v // getattr(o, "v", o))
    def __mod__(self, o):
        return Num(self.v % getattr(o, "v", o))
    def __pow__(self, o):
        return Num(self.v ** getattr(o, "v", o))
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __truediv__(self, o):
        return Num(self.v / getattr(o, "v", o))
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __and__(self, o):
        return Num(self.v & o)
    def __or__(self, o):
        return Num(self.v | o)
    def __lshift__(self, o):
        return Num(self.v << o)
    def __lt__(self, o):
        return self.v < getattr(o, "v", o)
    def __gt__(self, o):
        return self.v > getattr(o, "v", o)
    def __index__(self):
        return self.v
n = Num(7)
print(n // 2, n % 4, n ** 2, 2 ** n, n / 2, 14 / n, -n, +n, abs(Num(-3)), ~n)
print(n & 3, n | 8, n << 2, n < 10, 10 > n, 10 < n, n > Num(3))
items = ["a", "b", "c", "d", "e", "f", "g", "h"]
print(items[Num(2)], items[Num(1):Num(4)], hex(Num(255)), bin(Num(5)), range(Num(3)))
print(sorted([Num(3), Num(1), Num(2)]), max(Num(4), Num(9)))
try:
    n @ n
except TypeError as e:
    print("TypeError:", e)
try:
    "x" // n
except TypeError as e:
    print("TypeError:", e)
