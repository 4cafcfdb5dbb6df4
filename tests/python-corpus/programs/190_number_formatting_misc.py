# str() and repr() of numbers in many ranges, and conversions back and forth
# ints: str and repr agree
for x in [0, -0, 7, -7, 10 ** 6, 123456789, 2 ** 63, -(2 ** 63)]:
    print(x, str(x), repr(x), float(x), hex(x), f"{x:,}")
# floats: repr switches to exponent form at 1e16 and below 1e-4
for y in [0.0, 0.5, 1.0, 1.5, 100.0, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 123.456, 1/7, 2.5e-7, 6.02e23]:
    print(y, repr(y), str(y), int(y), round(y, 3), f"{y}", f"{y:g}", f"{y:.3e}")
print(float("1e16"), float("123456789012345678"), float("0.1"), float("-0"), float(".5"), float("5."))
print(int("  -42  "), int("0b11", 0), int("0o17", 0), int("0x1F", 0), int("1_2", 0))
print(str(1e100), str(1e-100), repr(2 ** 0.5), repr(10 / 3), 1e3, 1E3, 1_000.5)
