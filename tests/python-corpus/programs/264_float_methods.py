# float methods: exact ratios, hex round trips, rounding and conversions
values = [0.5, 0.1, -2.75, 1e-3, 3.0, 1e22]
for x in values:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
for text in ["0x1.8p1", "-0x1p-3", "0x.4", "inf", "0x1.999999999999ap-4"]:
    print(text, float.fromhex(text))
print(all(float.fromhex(x.hex()) == x for x in values))
for bad in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
            lambda: float.fromhex("0x1p9999"), lambda: float.fromhex("bogus"),
            lambda: float("inf").__int__(), lambda: (1.5).__divmod__(0)):
    try:
        bad()
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for x in (2.5, 3.5, -2.5, 2.675, -0.4):
    print(x, x.__round__(), x.__round__(1), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__())
print((1.5).__add__(1), (1.5).__radd__(2), (1.5).__rsub__(1), (1.5).__rtruediv__(3), (1.5).__mod__(1))
print((7.5).__floordiv__(2), (7.5).__divmod__(2), (2.0).__pow__(-2), (1.5).__add__("x"))
print((1.5).__eq__(1.5), (2.0).__eq__(2), (1.5).__lt__(1), (0.0).__bool__(), (-0.0).__abs__())
print((1.5).real, (1.5).imag, (1.5).conjugate(), float.__add__(0.5, 0.25))
print(hash(2.0), hash(-1.0), hash(float("inf")), hash(1e300) == hash(int(1e300)))
print((0.1).__hash__(), (1.5).__hash__(), (-0.5).__hash__())
ratio = (0.75).as_integer_ratio()
print(ratio, ratio[0] / ratio[1], sum(x.as_integer_ratio()[1] for x in values))
total = 0.0
for x in [0.1] * 10:
    total += x
print(total, total.hex(), total == 1.0, (1.0).hex())
