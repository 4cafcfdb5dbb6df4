# exact comparisons between ints and floats, conversions, overflow
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == float(big))
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 7, 2 ** 0.5 * 2 ** 0.5)
print(True + True, True * 10, False - 1, 3 / True, type(True + 0.5).__name__)
print(int(2.9999999999999996), int(-0.9), int(1e15 + 0.3))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(0.1 * 3 == 0.3, 0.5 * 2 == 1, 1 / 3 * 3 == 1, 0.1 + 0.2 > 0.3)
print(hash(2.0) == hash(2), {2: "int"}[2.0], {1.5, 1.5}, 3 in [3.0])
print(sum([1, 2.0]), max(1, 1.0), max(1.0, 1), min(0, -0.0), sorted([2, 1.5, 1]))
print(-0.0 == 0, str(-0.0), 0.0 == -0.0, repr(-0.0 + 0))
print(7 // 2.0, 7 % 2.5, divmod(7, 2.0), round(7 / 2), (10 ** 17 + 1) / 1)
