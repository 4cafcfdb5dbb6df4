# arithmetic on big integers: factorials, Fibonacci, digit sums, powers
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(sum(int(d) for d in str(f100)), len(str(f100)), str(f100).count("0"))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(2 ** 1000 % 1000007, pow(3, 10 ** 18, 10 ** 9 + 7), (2 ** 127 - 1) % 97)
n = 2 ** 200 - 1
print(n, n.bit_length(), n // 3 ** 50, -n // 7, -n % 7)
print(hex(n)[:12], oct(2 ** 100), bin(2 ** 70 + 1)[-8:])
print(int(str(f100)[:30]) * 10 ** 10 // 7)
x = 12345678901234567890
print(x * x, x * -x, x ** 3, x // -3, x % -1000)
print(divmod(x, 987654321), divmod(-x, 987654321))
print(int("9" * 50) + 1 == 10 ** 50, 10 ** 50 - 1 == int("9" * 50))
print(abs(-2 ** 100) == 2 ** 100, max(2 ** 64, 2 ** 63 * 2 + 1), min(-2 ** 90, 0))
print(sorted([2 ** 65, -2 ** 65, 0, 2 ** 64]), 2 ** 64 in {2 ** 64: 1}, hash(2 ** 64) == hash(2 ** 64))
print(f"{2 ** 80:,}", f"{2 ** 80:x}", f"{-2 ** 70:e}", "%d" % 2 ** 70, float(2 ** 80))
print(1 << 200 >> 199, (1 << 64) - 1 & 0xFFFF, ~(2 ** 70), -(2 ** 70) >> 3)
