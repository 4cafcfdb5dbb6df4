# decimal and fractions: arithmetic, quantize and rounding, contexts, formatting, mixing with each other.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation, DivisionByZero
from fractions import Fraction
import math
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(3), Decimal("10") / Decimal("4"), Decimal(0.1))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(repr(Decimal("3.140")), str(Decimal("1E+2")), Decimal("1e-7"), Decimal("123456789012345678901234567890"), Decimal("0.000001"), Decimal("0.0000001"))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234.5'):,}", f"{Decimal('0.5'):%}", f"{Decimal('12'):>8}", format(Decimal("1.23456e10"), ".3e"))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), 2), Decimal(2) ** 10, Decimal(2).sqrt())
print(Decimal("1.20").normalize(), Decimal("100").normalize(), Decimal("1.5").as_tuple(), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"), -Decimal("inf"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(1) / Decimal(7))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e: print(type(e).__name__, e)
try:
    Decimal("abc")
except InvalidOperation as e: print(type(e).__name__)
print(Decimal("1.1") == 1.1, Decimal("1.5") == Fraction(3, 2), Decimal(1) < 2, sum([Decimal("0.1")] * 3), round(Decimal("2.5")), round(Decimal("2.567"), 2), int(Decimal("-3.9")), float(Decimal("1.25")))
print(Decimal("3.0") == 3, hash(Decimal("3.0")) == hash(3), Decimal(5).is_zero() if False else '', Decimal("1.23").to_integral_value(), Decimal("12.345").scaleb(2) if False else '', max(Decimal("1"), Decimal("1.0")))
f = Fraction(3, 4)
print(f + Fraction(1, 4), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f - 1, 1 - f, f // Fraction(1, 3), f % Fraction(1, 3))
print(Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(10), Fraction("3/6"), Fraction(1.5), repr(Fraction(2, 4)), Fraction(Decimal("1.1")))
print(f.numerator, f.denominator, float(f), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
print(f"{Fraction(1, 3):.5f}" if False else '', f == 0.75, f < 1, Fraction(1, 3) + 0.5, sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), Fraction(3, 4).as_integer_ratio(), Fraction(-5, 10))
try: Fraction(1, 0)
except ZeroDivisionError as e: print(e)
print(str(Fraction(5)), Fraction(5) == 5, hash(Fraction(5)) == hash(5), Fraction(1, 3) * 3 == 1)
print(f"{1e16}", f"{1e15}", f"{123456789.0}", f"{0.1+0.2}", f"{1/3:.20f}", f"{-0.0}", f"{float('nan'):>6}", f"{float('-inf')}", f"{1e-5}", f"{1.5e300*1e10}")
