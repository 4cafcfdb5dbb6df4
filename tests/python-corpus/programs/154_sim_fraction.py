# a Fraction class: normalisation, arithmetic dunders, ordering, hashing
import math
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = math.gcd(num, den) * (-1 if den < 0 else 1)
        self.num, self.den = num // g, den // g
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + -Frac._coerce(o)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __eq__(self, o):
        o = Frac._coerce(o)
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 - half, 2 * third)
print(Frac(6, -8), repr(Frac(10, 5)), Frac(0, 7), float(Frac(7, 8)), Frac(3, 9) == third)
print(sorted([Frac(3, 4), half, Frac(-1, 5), third]), max(half, third), half < 1, half > third)
total = sum(Frac(1, n) for n in range(1, 11))
print(total, round(float(total), 6), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
