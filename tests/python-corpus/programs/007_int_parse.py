# int() from strings in various bases, and from floats
print(int("42"), int("-17"), int("  8  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36), int("1_000_000"))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int("0"), int("-0"), int("000123"))
for bad in ["abc", "", "1.5", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(1_000_000 + 0x10 + 0o10 + 0b10)
print(float("3.5"), float("-1e3"), float(" 2 "), float("inf"), float("-inf"))
