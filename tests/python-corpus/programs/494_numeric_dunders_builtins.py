import math
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __index__(self): return int(self.v)
    def __round__(self, nd=None): return Num(round(self.v, nd)) if nd is not None else round(self.v)
    def __trunc__(self): return math.trunc(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __bytes__(self): return b"N" * int(self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __pow__(self, e, mod=None): return ("pow", self.v, e, mod)
    def __rpow__(self, b): return ("rpow", b, self.v)
    def __pos__(self): return Num(+self.v)
    def __invert__(self): return Num(~int(self.v))
    def __lshift__(self, n): return Num(int(self.v) << n)
    def __and__(self, o): return Num(int(self.v) & o)
    def __radd__(self, o): return Num(o + self.v)
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    __hash__ = None
n = Num(5.7)
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), [10, 20, 30][Num(1)], "abcdef"[Num(1):Num(4)], range(Num(3)))
print(round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n), float(n), complex(n), bytes(Num(3)))
print(divmod(n, 2), divmod(2, n), n ** 2, pow(n, 2, 7), 2 ** n, +n, ~Num(5), Num(1) << 3, Num(7) & 3)
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)), sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(9)))
try:
    hash(n)
except TypeError as e:
    print(e)
print(Num(1) == Num(1), Num(1) != Num(2), Num(1) in [Num(1)], [Num(2)].index(Num(2)), [Num(1), Num(1)].count(Num(1)))
