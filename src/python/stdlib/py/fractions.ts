/** Source of the `fractions` module (see ../python-source.ts). */
export const FRACTIONS = String.raw`"""Fraction, Rational numbers: exact arithmetic on integer ratios."""
import math
import re

__all__ = ["Fraction"]

_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_FORMAT = re.compile(r"\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*(?:_\d+)*)(?:(?:\s*/\s*(?P<denom>\d+(?:_\d+)*))?|(?:\.(?P<decimal>\d*(?:_\d+)*))?(?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?)\s*\Z")


def _is_int(v):
    return isinstance(v, int)


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            elif isinstance(numerator, str):
                m = _FORMAT.match(numerator)
                if m is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator = int(m.group("num") or "0")
                denom = m.group("denom")
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group("decimal")
                    if decimal:
                        decimal = decimal.replace("_", "")
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group("exp")
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group("sign") == "-":
                    numerator = -numerator
            elif isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _is_int(numerator) and _is_int(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a, b = Fraction(numerator), Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operate(self, other, op, reflected):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(other, self) if reflected else op(self, other)
        if isinstance(other, float):
            return op(other, float(self)) if reflected else op(float(self), other)
        if isinstance(other, complex):
            return op(other, complex(float(self))) if reflected else op(complex(float(self)), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        if isinstance(a, Fraction):
            return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)
        return a + b

    @staticmethod
    def _sub(a, b):
        if isinstance(a, Fraction):
            return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)
        return a - b

    @staticmethod
    def _mul(a, b):
        if isinstance(a, Fraction):
            return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)
        return a * b

    @staticmethod
    def _div(a, b):
        if isinstance(a, Fraction):
            # As CPython 3.11: reduce by the gcds first (the zero-division message shows the result).
            na, da = a._numerator, a._denominator
            nb, db = b._numerator, b._denominator
            g1 = math.gcd(na, nb)
            if g1 > 1:
                na //= g1
                nb //= g1
            g2 = math.gcd(db, da)
            if g2 > 1:
                da //= g2
                db //= g2
            n, d = na * db, nb * da
            if d == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % n)
            return Fraction(n, d)
        return a / b

    @staticmethod
    def _floordiv(a, b):
        if isinstance(a, Fraction):
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        return a // b

    @staticmethod
    def _mod(a, b):
        if isinstance(a, Fraction):
            da, db = a._denominator, b._denominator
            return Fraction((a._numerator * db) % (b._numerator * da), da * db)
        return a % b

    @staticmethod
    def _divmod(a, b):
        if isinstance(a, Fraction):
            da, db = a._denominator, b._denominator
            q, r = divmod(a._numerator * db, da * b._numerator)
            return q, Fraction(r, da * db)
        return divmod(a, b)

    def __add__(a, b):
        return a._operate(b, Fraction._add, False)

    def __radd__(a, b):
        return a._operate(b, Fraction._add, True)

    def __sub__(a, b):
        return a._operate(b, Fraction._sub, False)

    def __rsub__(a, b):
        return a._operate(b, Fraction._sub, True)

    def __mul__(a, b):
        return a._operate(b, Fraction._mul, False)

    def __rmul__(a, b):
        return a._operate(b, Fraction._mul, True)

    def __truediv__(a, b):
        return a._operate(b, Fraction._div, False)

    def __rtruediv__(a, b):
        return a._operate(b, Fraction._div, True)

    def __floordiv__(a, b):
        return a._operate(b, Fraction._floordiv, False)

    def __rfloordiv__(a, b):
        return a._operate(b, Fraction._floordiv, True)

    def __mod__(a, b):
        return a._operate(b, Fraction._mod, False)

    def __rmod__(a, b):
        return a._operate(b, Fraction._mod, True)

    def __divmod__(a, b):
        return a._operate(b, Fraction._divmod, False)

    def __rdivmod__(a, b):
        return a._operate(b, Fraction._divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and Fraction(b)._denominator == 1:
            power = Fraction(b)._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        if isinstance(b, (int, Fraction, float)):
            return float(a) ** float(b)
        if isinstance(b, complex):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._richcmp(self.from_float(other), op)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


import numbers as _numbers
_numbers.Rational.register(Fraction)
del _numbers
`;
