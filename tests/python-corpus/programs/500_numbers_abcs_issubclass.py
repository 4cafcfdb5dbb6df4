import numbers, builtins
from fractions import Fraction
from decimal import Decimal
for v in [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "x", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), numbers.Real.__mro__[1].__name__)
def is_num(x):
    return isinstance(x, numbers.Number) and not isinstance(x, bool)
print([is_num(x) for x in (1, 1.0, "1", True, Decimal(2))])
print(builtins.len("abc"), builtins.max(3, 4), builtins.__name__, hasattr(builtins, "print"), builtins.int("7"))
class MyNum(numbers.Real):
    pass
print(issubclass(MyNum, numbers.Complex))
try:
    MyNum()
except TypeError as e:
    print(e)
from collections.abc import Sequence, Mapping, Iterable, Hashable, Callable
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(set, Sequence), issubclass(str, Iterable))
print(issubclass(list, Hashable), issubclass(int, Hashable), issubclass(type(len), Callable))
