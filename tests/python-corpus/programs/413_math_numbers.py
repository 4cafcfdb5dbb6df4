import math
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 180), math.lcm(4, 6), math.isqrt(99))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.pow(2, 0.5))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 0.1 + 0.2, math.isnan(float("nan")), math.isinf(1e308 * 10))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, divmod(-7, 3), divmod(7.5, 2))
print(7 // 2, -7 // 2, 7 / 2, 2 ** 10, 2 ** -1, 10 ** 20, 2 ** 100, -2 ** 2, (-2) ** 2, pow(3, 4, 5), pow(2, -1, 7))
print(int("ff", 16), int("0b101", 0), int("  42  "), int(3.99), int(-3.99), float("1e3"), float("  -inf "), hex(255), oct(8), bin(-5))
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.1, 1 / 3, 2 / 3, 10 / 4, 1e22, 1e21, 12345.6789e5)
print(3 * 1.1, 100 * 1.1, 0.1 * 3, 1.1 + 2.2, 3.0 * 4, 9.0 / 3, 2 ** 0.5 * 2 ** 0.5, float(10 ** 18))
print(abs(-7), abs(-7.5), max(3, 7.0), min([]) if False else min(2, 2.0), sum(range(101)), sum([1.5, 2.5], 10))
print((1).bit_length(), (255).bit_length(), (-1) & 0xFF, 1 << 40, 5 >> 1, -5 >> 1, ~5, 6 & 3, 6 | 3, 6 ^ 3)
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.1).hex() if False else "-", int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, str(2 ** 64), len(str(3 ** 1000)), 12345678901234567890 * 98765432109876543210)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(1e300 * 10 if False else 5.5))
print(f"{math.pi:.10f}", f"{math.e:.3e}", str(1.0), str(-0.0), repr(1e-5), 1e-4, 5e-324, 1.7976931348623157e308)
print(complex(1, 2) if False else "-", True + True, True * 3.5, 3 == 3.0, hash(3) == hash(3.0), 1 < 2.5 < 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(float("1" * 400) if False else "-", 1.0 // 0.3, 7 % 2.5, -7 % 2.5, 1e308 + 1e308)
