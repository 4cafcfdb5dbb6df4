# enumerate, zip, reversed, sorted, iter and next
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", 10)))
for i, n in enumerate(names, 1):
    print(i, n)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(names, range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(sorted("bca"), sorted([3, 1, 2], reverse=True))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
it2 = iter("xy")
print(list(it2), list(it2))
r = reversed([1, 2])
print(next(r), list(r))
e = enumerate(["a"])
print(next(e), next(e, "end"))
z = zip([1, 2, 3], [4, 5])
print(next(z), list(z))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x > 1, [1, 2, 3])))
