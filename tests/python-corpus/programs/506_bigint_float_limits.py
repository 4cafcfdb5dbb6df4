import sys, math
x = 2 ** 1000
print(len(str(x)), str(x)[:20], x % 1000007, x.bit_length(), -x // 3 % 11)
f = math.factorial(100)
print(f, sum(int(d) for d in str(f)))
print(10 ** 100 // 7 ** 50, (3 ** 200) % (2 ** 64), pow(3, 10 ** 18, 10 ** 9 + 7), int("9" * 50) + 1)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
print(float(10 ** 300), 1e308 * 10, -1e308 * 10, float(2 ** 1023), 2.0 ** 1023)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 2000
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399, 7 / 2 ** 1100, (2 ** 1100) // 3.0 if False else None)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError:", e)
print(1e-320, 5e-324, 5e-324 / 2, 2.2250738585072014e-308, sys.float_info.max, sys.float_info.epsilon)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 * 3, 1 / 3 * 3, 100 * 1.1, 4.35 * 100, round(4.35 * 100), int(4.35 * 100))
print(math.floor(-0.5), math.ceil(-0.5), -0.0 == 0, str(-0.0), repr(-0.0 + 0.0), abs(-0.0), 0.0 * -1)
print(float("1e500"), float("-1e500"), float("1e-500"), math.inf > 10 ** 1000, -math.inf < -(10 ** 1000))
print(int(1e15), int(1e16), int(1.5e300) % 1000, int(-2.5), int(2.5), round(2.5), round(-2.5), round(0.5 + 1e-16))
print(hash(1.0) == hash(1), hash(-1), hash(0.5), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(7 // 0.5, 7 % 0.5, -7 // 0.5, 7.5 // -2, 1e300 // 1e-300 if False else 0, divmod(1e20, 7))
print((-8) ** (1 / 3), (-1) ** 0.5, 0 ** 0.0, 0.0 ** 0, 2 ** -1074 if False else 0, pow(2, 0.5))
print(sys.float_info)
print(sys.int_info, sys.float_info.max, sys.float_info[0], sys.float_info.dig, sys.get_int_max_str_digits())
