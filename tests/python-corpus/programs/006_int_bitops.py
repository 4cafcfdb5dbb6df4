# bitwise operators on ints, including negatives and big values
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5, -5 >> 1, -1 >> 10, -16 >> 2)
print(1 << 100, (1 << 100) >> 99)
print(-12 & 0xFF, -1 & 0xFFFF, -12 | 3, -12 ^ 5)
print((2 ** 80 + 5) & 0xF, (2 ** 80) | 1)
print(255 .bit_length(), (0).bit_length(), (-256).bit_length())
print((1023).bit_count() if hasattr(int, "bit_count") else 10)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(7 & 3 == 3, 1 << 2 + 1)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [i for i in range(8) if flags & (1 << i)])
flags &= ~(1 << 3)
print(flags)
x = 6
x ^= 3
x <<= 2
x >>= 1
print(x)
