# str padding with a fill character, tabs, every line boundary, partition, translate.
s = "abc"
print(repr(s.center(9, "*")), repr(s.center(8, "-")), repr(s.center(2)), repr("ab".center(5, "x")), repr("abcd".center(7, ".")))
print(repr(s.ljust(6, "0")), repr(s.rjust(6, "#")), repr("é".center(4, "€")))
for bad in [lambda: s.center(5, "ab"), lambda: s.ljust(5, ""), lambda: s.rjust(5, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\ncd\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("x\r\ty".expandtabs(4)))

text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "x\n".splitlines(), "\n\n".splitlines(keepends=True), "a\r\n\r".splitlines(True))

print("a,b,c".partition(","), "abc".partition("x"), "a,b,c".rpartition(","), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)

table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
table = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(table.items()), "abcabc".translate(table))
table = str.maketrans("ab", "cd", "xy")
print(sorted(table.items()), "axbycz".translate(table))
print("abc".translate({97: 65}), "abc".translate({97: None}), "abc".translate([]), "hello".translate({ord("l"): "L"}))
for args in [("ab", "c"), ({"ab": 1},), (1,), ("a", "b", 3)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print("-42".zfill(6), "+42".zfill(6), "42".zfill(1), repr("".zfill(3)), "-".zfill(3), "abc".zfill(5), "+".zfill(2))
print("{a}-{b}".format_map({"a": 1, "b": 2}))

class Loose(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a}-{zz}-{a!r}".format_map(Loose(a="x")))
print("prefix_x".removeprefix("prefix_"), "x".removeprefix("y"), "a.py".removesuffix(".py"), "a".removesuffix(""))
