# round() uses banker's rounding on ints and the exact binary value on floats
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, round(x), type(round(x)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(7))
print(round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1e20), round(123.456, 1))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(2.5), math.ceil(2.5), int(-2.5))
