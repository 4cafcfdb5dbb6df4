# floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(type(6 / 3).__name__, type(6 // 3).__name__)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 % -3, -5 % 3, 5.0 % -3)
print(-1 // 10, -1 % 10)
print(2 ** -1, 2 ** 0, (-2) ** 3, -2 ** 2)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
