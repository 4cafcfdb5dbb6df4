# raises: OverflowError
# Three-argument pow reduces 1 too (pow(x, 0, 1) is 0), takes the modulus' sign,
# and a negative exponent means the modular inverse.
for args in [(5, 0, 1), (0, 0, 1), (3, 0, -7), (2, 0, 5), (5, 0, -1), (2, 5, -7), (-3, 2, -5), (7, -1, -5), (3, -2, 11), (10**30, 0, 1), (2, 100, 10**9 + 7)]:
    print(args, pow(*args))

for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 2, 2.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Float arithmetic with an int: the int is converted first, and one too large for a
# float is an OverflowError, not inf.
big = 10**400
for label, f in [
    ("big * 1.0", lambda: big * 1.0),
    ("big + 0.5", lambda: big + 0.5),
    ("0.5 - big", lambda: 0.5 - big),
    ("2**1100 // 1.5", lambda: 2**1100 // 1.5),
    ("big % 2.0", lambda: big % 2.0),
    ("big ** -1", lambda: big ** -1),
    ("2 ** -big", lambda: 2 ** -big),
    ("big / 3", lambda: big / 3),
    ("big // 10**399", lambda: big // 10**399),
    ("1 / big", lambda: 1 / big),
    ("10**300 * 1.0", lambda: 10**300 * 1.0),
]:
    try:
        print(label, "=", f())
    except OverflowError as e:
        print(label, "-> OverflowError:", e)

# Comparisons stay exact whatever the size.
print(big > 1e308, big == float("inf"), big < float("inf"), -big < -1e308, 2**53 + 1 == 2.0**53 + 1)
print(sum([1e308, 1e308]) == float("inf"), float(2**1023) * 2)
print(big * 2.0)
