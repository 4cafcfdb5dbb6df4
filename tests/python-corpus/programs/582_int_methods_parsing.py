# int methods, parsing with bases and underscores, conversions from floats and bytes.
for v in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1, True]:
    print(v, v.bit_length(), v.bit_count(), bin(v), oct(v), hex(v), v.as_integer_ratio())

print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (5).to_bytes())
for value, length, signed in [(256, 1, False), (-1, 2, False), (128, 1, True), (-129, 1, True)]:
    try:
        print(value.to_bytes(length, "big", signed=signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b""), int.from_bytes(b"\x80"))

print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int("  12  "), int("+5"), int("1_2_3"), int("z", 36), int("0x1F", 16), int("\t-7\n"), int(" 0X_1f ", 16))
for text, base in [("0x1f", 10), ("012", 0), ("1__2", 10), ("_1", 10), ("1_", 10), ("", 10), ("  ", 10), ("1.5", 10), ("9", 8), ("0x", 16), ("12", 1), ("12", 37), ("00", 0), ("0_0", 0), ("1e3", 10)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print("ValueError:", e)

print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(True), int(b"12"), int(bytearray(b" 7 ")), int(2.5e-300), int(-1.7976931348623157e308) % 1000)
for v in [float("inf"), float("nan"), "inf", None, [1]]:
    try:
        print(int(v))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

big = 7**120
print(big, repr(-big), len(str(2**10000)), f"{big:,}"[:23], hex(big)[:12])
try:
    str(10**5000)
except ValueError as e:
    print("ValueError:", e)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1), type(round(5)), round(12345, -10))
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0), (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(divmod(-7, 3), divmod(7, -3), -7 // 3, -7 % 3, 7 % -3, -(2**70) // 3, -(2**70) % 7, (2**70) % -7, 10**20 // -(10**10 + 1))
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | 0, True ^ True, type(True & False), type(True & 1), 2**True)
