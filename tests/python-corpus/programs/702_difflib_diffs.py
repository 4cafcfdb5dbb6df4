import difflib

before = """one
two
three
four
five
six
seven
eight
nine
ten
""".splitlines(keepends=True)
after = before[:]
after[1] = "TWO\n"
after.insert(5, "five and a half\n")
del after[9]
print("".join(difflib.unified_diff(before, after, "a.txt", "b.txt", "2024-01-01", "2024-01-02")), end="")
print("".join(difflib.unified_diff(before, after, n=1)), end="")
print("".join(difflib.context_diff(before, after, fromfile="a", tofile="b", n=1)), end="")
for line in difflib.unified_diff(["x"], ["y", "z"], lineterm=""):
    print(repr(line))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print(list(difflib.context_diff([], ["new\n"])))
text1 = ["1. Beautiful is better than ugly.\n", "2. Explicit is better than implicit.\n",
         "3. Simple is better than complex.\n", "4. Complex is better than complicated.\n"]
text2 = ["1. Beautiful is better than ugly.\n", "3.   Simple is better than complex.\n",
         "4. Complicated is better than complex.\n", "5. Flat is better than nested.\n"]
result = list(difflib.Differ().compare(text1, text2))
print("".join(result), end="")
delta = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
print(list(difflib.ndiff(["\tabc def\n"], ["\tabc xyz\n"])))
print(list(difflib.ndiff(["alpha"], ["beta", "gamma"])))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print(e)
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
