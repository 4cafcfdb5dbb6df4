# split, rsplit, join, splitlines
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a,b,c,d".rsplit(",", 2), "a,b,c".rsplit(","))
print("a b c".split(None, 1), "  a b  ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"))
print("one::two::three".split("::"))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join([]))
print(" ".join(str(i) for i in range(5)))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("a\nb\n".split("\n"))
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("x".join("abc"), "key=value=more".partition("="), "no sep".partition("="))
print("key=value=more".rpartition("="), "no sep".rpartition("="))
