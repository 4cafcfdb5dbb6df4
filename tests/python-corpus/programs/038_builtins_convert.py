# constructors: int float str bool list dict set tuple, chr ord hex oct bin
print(int(), float(), str(), bool(), list(), dict(), set(), tuple())
print(int("7"), int(7.9), float(7), float("1.5e2"), str(7), bool("False"), bool(0))
print(list("ab"), list({1: 2}), dict([(1, 2)]), set((1, 1)), tuple([1, [2]]))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(chr(65), chr(0x1F600) == "\U0001F600", ord("a"), ord("\n"), ord("€"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(float(" -0.5 "), float("1_0.5"), int(float("2.0")), str(0.1), str(10 ** 20))
print(list(map(int, "1 2 3".split())), list(map(str, [1, 2])), list(map(float, ["1", "2.5"])))
print(bool([]), bool([[]]), int(True) + int(False), float(True))
print(tuple({"a": 1, "b": 2}), sorted(set("hello")), list(range(3)))
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(8, "o"))
print(int("-0x1f", 16), hex(2 ** 64), "%x" % 255, "%o" % 8)
