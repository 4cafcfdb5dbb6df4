# repr and str of nested containers and strings with quotes
items = ["it's", 'say "hi"', "both ' \"", "plain", "", "back\\slash", "tab\t", "nl\n"]
for s in items:
    print(s, "=>", repr(s), str(s))
print(items)
print(tuple(items[:2]), {"k": items[0]}, {items[1]: 1})
print([1, 2.0, "3", None, True, [4, (5,)], {"six": 6}, (7, 8)])
print(repr(1), repr(1.0), repr(True), repr(None), repr("1"), repr([None]))
print(str(1.5), str("x"), str(["x"]), str(("x",)))
print(repr(b"it's"), repr(b'"'), repr(b"'\""))
print([[]], [()], [{}], {(): []}, ((),))
print(repr(range(5)), repr(range(1, 10, 2)), range(0, -3, -1))
print(repr(slice(1, 2)), repr(slice(None, 5, 2)))
print(repr(type(1)), repr(type("")), repr(int), repr(list), str(dict))
print(repr(ValueError("bad")), str(ValueError("bad")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception()), repr(Exception(1, "two")), str(Exception(1, "two")))
print(repr(NotImplemented), repr(Ellipsis), repr(...))
print(f"{'it' + chr(39) + 's'!r}", "%r" % "x'y")
