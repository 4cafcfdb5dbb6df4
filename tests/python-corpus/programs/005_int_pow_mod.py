# pow with three arguments, negative exponents, and divmod
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, -2), pow(-2, 3), pow(10, 0))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13)
print(pow(0, 0), 0 ** 0)
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7))
print(divmod(2 ** 70, 10 ** 9))
q, r = divmod(12345, 100)
print(q, r)
print(pow(2.0, 3), pow(4, 0.5), 8 ** (1 / 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
x = 5
x **= 2
print(x)
x %= 7
print(x)
x //= 2
print(x)
