# float repr is the shortest string that round-trips
values = [0.1 + 0.2, 1.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e300,
          2.5, -0.0, 1 / 3, 2 / 3, 100.0, 1e22, 1e-7, 3.14159, 0.1 * 3]
for v in values:
    print(v, repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("nan")), -float("inf"))
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 1.1 * 1.1, 4.35 * 100)
print(2.0 ** 0.5, 10 / 4, 9 / 3)
print(1e16 + 1, 12345678901234567890.0)
print(float(2 ** 53), float(2 ** 53 + 1))
print([0.5, 1.25], (1e100,), {"f": 0.1})
print(5e-324, 1.7976931348623157e308)
