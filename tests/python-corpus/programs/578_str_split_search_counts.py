# split with None and maxsplit, rsplit, and search with start/end.
print("a b  c   d".split(None, 1), "  a b  c  ".split(None, 2), "a,b,,c".split(",", 2), "a b c".split(maxsplit=0), "  a b ".split(maxsplit=0))
print("a b  c   d".rsplit(None, 1), "  a b  c  ".rsplit(None, 2), "a,b,,c".rsplit(",", 1), "  a b ".rsplit(maxsplit=0))
print("".split(), "".split(","), "   ".split(), "a\x1cb\x85c\u3000d".split(), "a  b".split(" "), "a b c".split(" ", -5))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)

s = "abcabcabc"
print(s.count("abc", 1), s.count("abc", 1, 6), s.count(""), s.count("", 3), s.count("", 20), s.count("", 1, 2))
print(s.find("c", -3), s.find("c", 3, 5), s.rfind("a", 0, 4), s.find("", 9), s.find("", 10), s.rfind("", 3, 5), s.find("bc", -100, 100))
print(s.index("b", 2), s.rindex("b", 0, 5), s.startswith(("x", "bc"), 1), s.endswith("ab", 0, 5), s.startswith("", 9), s.startswith("", 10))
for call in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("c", 0, 2), lambda: s.startswith(["a"]), lambda: s.count(1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("b", ""), "aaaa".replace("aa", "b"))
print("xxhixx".strip("x"), repr("  hi  ".lstrip()), "abcba".rstrip("ab"), repr("\t\n hi \x0b\x0c".strip()), "www.ex.com".strip("cmow."))
print("-".join(["x", "y"]), repr(" ".join([])), ",".join(map(str, [1, 2.5, None])), "".join(reversed("abc")))
for bad in [["a", 1], [b"a"], 5]:
    try:
        " ".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("abc" * 0, "ab" * -1, 3 * "x", "abcdef"[1:5:2], "abc"[-10:10], "a" < "b", "Z" < "a", "ab" < "abc", "é" > "z")
