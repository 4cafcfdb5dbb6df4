# padding and stripping
s = "py"
print("[" + s.center(8) + "]", "[" + s.center(7, "*") + "]", "[" + s.center(1) + "]")
print("[" + "abc".center(6) + "]", "[" + "abc".center(4) + "]", "[" + "ab".center(5) + "]")
print("[" + s.ljust(6) + "]", "[" + s.rjust(6) + "]", "[" + s.ljust(6, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3))
print("[" + "  pad  ".strip() + "]", "[" + "  pad  ".lstrip() + "]", "[" + "  pad  ".rstrip() + "]")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("\t\n text \r\n".strip(), repr("\x0b\x0cz\x1c".strip()))
print("a\tb\tc".expandtabs(4), "ab\tc".expandtabs())
print(repr("x".rjust(3, "0")), repr("".center(3, "-")))
print("%s|%5s|%-5s|" % ("a", "b", "c"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
