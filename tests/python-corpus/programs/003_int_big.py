# ints of arbitrary size
print(2 ** 100)
print(2 ** 64 - 1)
print(-(2 ** 63))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b, b - a, a - b)
print(b // a, b % a)
print(3 ** 200)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(2 ** 100 == 1267650600228229401496703205376)
print(2 ** 100 > 2 ** 99, (2 ** 100).bit_length())
print(abs(-2 ** 80))
print(int("123456789" * 4))
print(hex(2 ** 70), bin(2 ** 10), oct(2 ** 40))
