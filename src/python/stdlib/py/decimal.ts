/** Source of the `decimal` module (see ../python-source.ts). */
export const DECIMAL = String.raw`"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic rules)."""
import math
import re
from collections import namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
           "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
           "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS"]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _raise(cls):
    raise cls([cls])


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = {}
        self.traps = {}

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[], "
                "traps=[InvalidOperation, DivisionByZero, Overflow])" % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, num="0"):
        return Decimal(num)._round(self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9)
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx or getcontext()).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


_NUMBER = re.compile(r"\A\s*(?P<sign>[-+])?(?:(?P<int>\d*(?:_\d+)*)(?:\.(?P<frac>\d*(?:_\d+)*))?(?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?|(?P<inf>inf(?:inity)?)|(?P<nan>s?nan)(?P<diag>\d*))\s*\Z", re.IGNORECASE)


def _round_coefficient(sign, coeff, drop, rounding):
    """Drop the last drop digits of coeff, rounding by rule; returns the new coefficient."""
    if drop <= 0:
        return coeff * 10 ** -drop
    q, r = divmod(coeff, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if r == 0:
        return q
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        up = r > half or (r == half and q % 2 == 1)
    return q + 1 if up else q


class Decimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            if math.isnan(value):
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
                return self
            if math.isinf(value):
                self._sign, self._int, self._exp, self._special = int(value < 0), 0, 0, "F"
                return self
            sign = 1 if math.copysign(1.0, value) < 0 else 0
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign, self._int, self._exp = sign, n * 5 ** k, -k
            return self
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int("".join(map(str, digits)) or "0")
            if exp == "F":
                self._special = "F"
                self._exp = 0
            elif exp in ("n", "N"):
                self._special = "n"
                self._exp = 0
            else:
                self._exp = exp
            return self
        if isinstance(value, str):
            m = _NUMBER.match(value)
            if m is None or (m.group("int") in ("", None) and m.group("frac") in ("", None)
                             and not m.group("inf") and not m.group("nan")):
                raise InvalidOperation([ConversionSyntax])
            self._sign = 1 if m.group("sign") == "-" else 0
            if m.group("inf"):
                self._int, self._exp, self._special = 0, 0, "F"
            elif m.group("nan"):
                self._int, self._exp, self._special = int(m.group("diag") or "0"), 0, "n"
            else:
                intpart = (m.group("int") or "").replace("_", "")
                frac = (m.group("frac") or "").replace("_", "")
                exp = int((m.group("exp") or "0").replace("_", ""))
                self._int = int(intpart + frac or "0")
                self._exp = exp - len(frac)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _is_special(self):
        return self._special is not None

    def _digits(self):
        return str(self._int)

    @staticmethod
    def _make(sign, coeff, exp, special=None):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _round(self, ctx=None):
        ctx = ctx or getcontext()
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= ctx.prec:
            return self
        drop = digits - ctx.prec
        coeff = _round_coefficient(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(coeff)) > ctx.prec:
            coeff //= 10
            exp += 1
        return Decimal._make(self._sign, coeff, exp)

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            return sign + "NaN" + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            exp = "E" + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    @staticmethod
    def _convert(other, op=None):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def _check_nan(self, other):
        if self._special == "n" or (other is not None and other._special == "n"):
            return Decimal._make(0, 0, 0, "n")
        return None

    def _add(self, other, ctx):
        nan = self._check_nan(other)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                raise InvalidOperation([InvalidOperation])
            return self if self._special == "F" else other
        exp = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - exp)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - exp)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._round(ctx)

    def __add__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return self._add(o, getcontext())

    def __radd__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o._add(self, getcontext())

    def __sub__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return self._add(o.copy_negate(), getcontext())

    def __rsub__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o._add(self.copy_negate(), getcontext())

    def __mul__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        sign = self._sign ^ o._sign
        if self._special == "F" or o._special == "F":
            if not (self._special or self._int) or not (o._special or o._int):
                raise InvalidOperation([InvalidOperation])
            return Decimal._make(sign, 0, 0, "F")
        return Decimal._make(sign, self._int * o._int, self._exp + o._exp)._round()

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        ctx = getcontext()
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        sign = self._sign ^ o._sign
        if self._special == "F":
            if o._special == "F":
                raise InvalidOperation([InvalidOperation])
            return Decimal._make(sign, 0, 0, "F")
        if o._special == "F":
            return Decimal._make(sign, 0, 0)
        if not o._int:
            if not self._int:
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        if not self._int:
            return Decimal._make(sign, 0, self._exp - o._exp)
        shift = len(str(o._int)) - len(str(self._int)) + ctx.prec + 1
        exp = self._exp - o._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._int * 10 ** shift, o._int)
        else:
            coeff, remainder = divmod(self._int, o._int * 10 ** -shift)
        if remainder:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - o._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal._make(sign, coeff, exp)._round(ctx)

    def __rtruediv__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o.__truediv__(self)

    def _divide_int(self, o):
        if not o._int:
            if not self._int:
                raise InvalidOperation([DivisionUndefined])
            raise DivisionByZero([DivisionByZero])
        exp = min(self._exp, o._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = o._int * 10 ** (o._exp - exp)
        q, r = divmod(a, b)
        sign = self._sign ^ o._sign
        return Decimal._make(sign, q, 0), Decimal._make(self._sign, r, exp)._round()

    def __floordiv__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return self._divide_int(o)[0]

    def __rfloordiv__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o._divide_int(self)[0]

    def __mod__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return self._divide_int(o)[1]

    def __rmod__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o._divide_int(self)[1]

    def __divmod__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return self._divide_int(o)

    def __pow__(self, other, modulo=None, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        if o._exp >= 0 and not o._special:
            n = o._int * 10 ** o._exp * (-1 if o._sign else 1)
            if n >= 0:
                sign = self._sign if n % 2 else 0
                return Decimal._make(sign, self._int ** n, self._exp * n)._round()
            return Decimal(1) / Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
        result = Decimal(repr(float(self) ** float(o)))
        return result._round()

    def __rpow__(self, other, context=None):
        o = self._convert(other)
        if o is NotImplemented:
            return o
        return o.__pow__(self)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return Decimal._make(Decimal(other)._sign, self._int, self._exp, self._special)

    def __neg__(self, context=None):
        if not self._int and not self._special:
            return Decimal._make(0, 0, self._exp)
        return self.copy_negate()._round()

    def __pos__(self, context=None):
        if not self._int and not self._special:
            return Decimal._make(0, 0, self._exp)
        return Decimal(self)._round()

    def __abs__(self, round=True, context=None):
        return self.copy_abs()._round()

    def _cmp_key(self):
        if self._special == "F":
            return None
        return (-1) ** self._sign * self._int, self._exp

    def _compare(self, other):
        """-1, 0, 1, or None when either is a NaN."""
        if self._special == "n" or other._special == "n":
            return None
        if self._special == "F" or other._special == "F":
            a = 0 if self._special != "F" else (-1 if self._sign else 1)
            b = 0 if other._special != "F" else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - exp)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - exp)
        return (a > b) - (a < b)

    def _other(self, other):
        if isinstance(other, float):
            return Decimal(other)
        o = self._convert(other)
        return o

    def _rational(self, other):
        """A Fraction compared exactly: self * denominator against the numerator."""
        if self._special:
            return self, Decimal(other.numerator)
        digits = tuple(int(c) for c in str(self._int * other.denominator))
        return Decimal((self._sign, digits, self._exp)), Decimal(other.numerator)

    def _is_rational(self, other):
        return (not isinstance(other, (int, Decimal)) and hasattr(other, 'numerator')
                and hasattr(other, 'denominator') and hasattr(other, 'limit_denominator'))

    def __eq__(self, other):
        if self._is_rational(other):
            a, b = self._rational(other)
            return a == b
        o = self._other(other)
        if o is NotImplemented:
            return o
        return self._compare(o) == 0

    def _order(self, other, test):
        if self._is_rational(other):
            a, b = self._rational(other)
            return a._order(b, test)
        o = self._other(other)
        if o is NotImplemented:
            return o
        c = self._compare(o)
        if c is None:
            raise InvalidOperation([InvalidOperation])
        return test(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        c = self._compare(Decimal(other))
        return Decimal("NaN") if c is None else Decimal(c)

    def __hash__(self):
        if self._special == "F":
            return -314159 if self._sign else 314159
        if self._special:
            raise TypeError("Cannot hash a signaling NaN value.")
        if self._exp >= 0:
            return hash((-1) ** self._sign * self._int * 10 ** self._exp)
        modulus = (1 << 61) - 1
        dinv = pow(10 ** -self._exp, -1, modulus)
        h = hash(hash(self._int) * dinv)
        result = -h if self._sign else h
        return -2 if result == -1 else result

    def __bool__(self):
        return bool(self._int) or self._special is not None

    def __int__(self):
        if self._special:
            if self._special == "n":
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special == "n":
            return float("nan")
        return float(str(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    def as_tuple(self):
        exp = {"F": "F", "n": "n"}.get(self._special, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return ((-1) ** self._sign * self._int * 10 ** self._exp, 1)
        n, d = self._int, 10 ** -self._exp
        g = math.gcd(n, d)
        return ((-1) ** self._sign * (n // g), d // g)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if not self._special else 0

    def quantize(self, exp, rounding=None, context=None):
        exp = self._convert(exp)
        if self._special or exp._special:
            return self
        rounding = rounding or getcontext().rounding
        coeff = _round_coefficient(self._sign, self._int, exp._exp - self._exp, rounding)
        if len(str(coeff)) > getcontext().prec:
            raise InvalidOperation([InvalidOperation])
        return Decimal._make(self._sign, coeff, exp._exp)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return Decimal(self)
        rounding = rounding or getcontext().rounding
        return Decimal._make(self._sign, _round_coefficient(self._sign, self._int, -self._exp, rounding), 0)

    to_integral = to_integral_value

    def normalize(self, context=None):
        d = self._round()
        if d._special:
            return d
        if not d._int:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = getcontext()
        if self._special:
            if self._sign and self._special == "F":
                raise InvalidOperation([InvalidOperation])
            return self
        if not self._int:
            return Decimal._make(self._sign, 0, self._exp >> 1)
        if self._sign:
            raise InvalidOperation([InvalidOperation])
        prec = ctx.prec + 1
        ndigits = len(str(self._int))
        e = self._exp >> 1
        if self._exp & 1:
            c = self._int * 10
            n100 = (ndigits >> 1) + 1
        else:
            c = self._int
            n100 = (ndigits + 1) >> 1
        shift = prec - n100
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        return Decimal._make(0, n, e)._round(Context(prec=ctx.prec, rounding=ROUND_HALF_EVEN))

    def is_signed(self):
        return bool(self._sign)

    def is_zero(self):
        return not self._special and self._int == 0

    def is_nan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def max(self, other, context=None):
        other = Decimal(other)
        return self if self._compare(other) >= 0 else other

    def min(self, other, context=None):
        other = Decimal(other)
        return self if self._compare(other) <= 0 else other

    def scaleb(self, other, context=None):
        return Decimal._make(self._sign, self._int, self._exp + int(other), self._special)._round()

    def __format__(self, spec, context=None):
        m = re.match(r"\A(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<zero>0)?(?P<width>\d+)?(?P<thousands>[,_])?(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?\Z", spec, re.DOTALL)
        if m is None:
            raise ValueError("Invalid format specifier")
        t = m.group("type")
        prec = m.group("precision")
        prec = None if prec is None else int(prec)
        d = self
        if t in ("f", "F", "%"):
            if t == "%":
                d = Decimal._make(d._sign, d._int, d._exp + 2, d._special)
            if prec is not None:
                d = d.quantize(Decimal._make(0, 1, -prec), rounding=getcontext().rounding)
            body = "%s" % abs(d) if d._exp >= 0 or d._special else None
            if body is None or "E" in body:
                digits = str(d._int).rjust(max(1, -d._exp + 1), "0")
                body = digits if d._exp >= 0 else digits[:d._exp] + "." + digits[d._exp:]
                if d._exp > 0:
                    body = str(d._int) + "0" * d._exp
            if t == "%":
                body += "%"
        elif t in ("e", "E") and not d._int and not d._special:
            p = 0 if prec is None else prec
            body = "0" + ("." + "0" * p if p else "") + t + "%+d" % (d._exp + p)
        elif t in ("e", "E"):
            digits = str(d._int)
            if prec is not None:
                drop = len(digits) - (prec + 1)
                coeff = _round_coefficient(d._sign, d._int, drop, getcontext().rounding)
                e = d._exp + drop
                if len(str(coeff)) > prec + 1:
                    coeff //= 10
                    e += 1
                digits = str(coeff)
                d = Decimal._make(d._sign, coeff, e)
            adj = d._exp + len(digits) - 1
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + t + "%+d" % adj
        elif t in ("g", "G") or (t is None and prec is not None):
            if prec is not None and len(str(d._int)) > max(prec, 1):
                d = d._round(Context(prec=max(prec, 1), rounding=getcontext().rounding))
            body = str(abs(d))
            if t == "g":
                body = body.replace("E", "e")
        else:
            body = str(abs(d))
        if m.group("thousands"):
            sep = m.group("thousands")
            intpart, dot, frac = body.partition(".")
            rest = ""
            if not intpart.isdigit():
                i = len(intpart) - len(intpart.lstrip("0123456789"))
                intpart, rest = intpart[:i], intpart[i:]
            groups = []
            while len(intpart) > 3:
                groups.insert(0, intpart[-3:])
                intpart = intpart[:-3]
            groups.insert(0, intpart)
            body = sep.join(groups) + rest + dot + frac
        sign = "-" if d._sign else ("+" if m.group("sign") == "+" else " " if m.group("sign") == " " else "")
        width = int(m.group("width") or 0)
        align = m.group("align") or (">" if not m.group("zero") else "=")
        fill = m.group("fill") or ("0" if m.group("zero") and not m.group("align") else " ")
        text = sign + body
        if len(text) < width:
            pad = width - len(text)
            if align == "<":
                text = text + fill * pad
            elif align == "^":
                text = fill * (pad // 2) + text + fill * (pad - pad // 2)
            elif align == "=":
                text = sign + fill * pad + body
            else:
                text = fill * pad + text
        return text

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
`;
