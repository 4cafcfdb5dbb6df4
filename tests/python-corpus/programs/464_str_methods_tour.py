s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")), s.split(), s.split(",", 1), s.rsplit(" ", 2))
print(s.replace("Hello", "Bye", 1), s.count("l"), s.index("W"), s.upper(), s.lower().strip().title())
print("a,b,,c".split(","), "a b  c".split(" "), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "hello"[::-1], "hello"[1:4], "hello"[-3:], "hello"[::2])
print("-".join(["a", "b"]), "".join(reversed("abc")), "ab" * 3, "a" in "cat", "x" not in "cat")
print("Python".ljust(10, ".") + "|", "Python".rjust(10) + "|", "42".zfill(6), "3.5".zfill(6), "Python".center(11, "="))
print("hello world".capitalize(), "HeLLo".casefold(), "ß".upper(), "ǅ".lower(), "hello_world".title(), "they're bill's".title())
print("123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Title Case".istitle(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("a\tb\tc".expandtabs(4), "tab\there".expandtabs(), "%s" % "x", "{}".format(None))
print("mississippi".partition("ss"), "mississippi".rpartition("ss"), "abc".partition("x"))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("hello".find("z"), "hello".rfind("l"), "hello".index("l"), "Hello World".swapcase())
try:
    "hello".index("z")
except ValueError as e:
    print(e)
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "a-b-c".replace("-", ""))
print(sorted("banana"), set("aab") == {"a", "b"}, list("abc"), ord("A"), chr(9731), ascii("café"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print("{:^20}".format("centered"), len("héllo"), "é".encode(), "€".encode("utf-8"), b"caf\xc3\xa9".decode())
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), sorted(words, key=lambda w: (-len(w), w)), " ".join(w[::-1] for w in words))
print(str(123) + "4", int("12") + 4, "5" * 2, [c for c in "a1b2" if c.isdigit()], "x".join("abc"))
try:
    "abc" + 5
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(e)
print("A".isupper(), "a1".islower(), "".isalpha(), "hello world".count(""), "aaa".replace("a", "b", 2), "abc".encode("ascii"))
print("%-10s|%5d|%8.3f" % ("name", 42, 3.14159), "Name: {0:<8} Age: {1:>3}".format("Bob", 7))
