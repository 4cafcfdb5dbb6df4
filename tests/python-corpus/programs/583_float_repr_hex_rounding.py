# Float repr edges, hex round trips, exact ratios, rounding, and float division rules.
values = [1e16, 1e15, 123456789012345678.0, 1e-7, 1e-4, 0.0001234, 1e-5, 0.1, 2.5, -0.0, 1e22, 1.7976931348623157e308, 5e-324, 2.0**53, 0.1 + 0.2, 1 / 3, 100.0]
print(values)
for v in values[:9]:
    print(str(v), repr(v), v.hex(), v.is_integer(), v.as_integer_ratio())
print(float("inf"), float("-inf"), float("nan"), float(" -Infinity "), float("1_000.5"), float("  .5 "), float("5."), float("1e3"), float("-0"))
for text in ["1__0", "abc", "", "1e", "0x10", "in f"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex(" 0x10 "), (0.5).hex(), (-3.75).hex(), float("inf").hex(), float.fromhex("0x.8"))
for v in [float("inf"), float("nan")]:
    for f in (v.as_integer_ratio, lambda: round(v), v.__int__):
        try:
            f()
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)

print(round(2.675, 2), round(1234.5678, -2), round(-1234.5678, -1), round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1e300, -300), round(5.5, -1), round(15.0, -1))
print(type(round(1.5)), type(round(1.5, 0)), round(float("inf"), 2), round(0.125, 2), round(0.375, 2), round(2**60 + 0.0, -5), round(1e-20, 25))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), 7.5 % -2, -7.5 % 2, -0.0 % 1, 5 % -0.5, 3.0 // 2, -3.0 // 2, 3 // -2.0, -3.5 % 1)
for a, b in [(1, 0.0), (1.0, 0), (0.0, 0.0)]:
    for op in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            op()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(1e300 * 1e10, -1e300 * 1e10, float("inf") - float("inf"), 0.0 * -1, 1e308 * 10 == float("inf"), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(-0.0), hash(1e100), hash(float("inf")), hash(2**61 - 1), hash(2**61), hash(-1), hash(10**20))
