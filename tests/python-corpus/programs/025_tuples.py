# tuples: creation, unpacking, methods, immutability, comparison
t = (1, 2, 3)
single = (5,)
empty = ()
print(t, single, empty, type(single).__name__, len(empty))
print((1), (1,), tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, b, c = t
print(a, b, c)
x = 1, "two", 3.0
print(x, x[1], x[-1], x[::-1], x[1:])
print(t.count(2), t.index(3), t + (4,), t * 2, 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 2) == (1, 2), (1, [2]) == (1, [2]), hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(repr((1,)), str(("a", "b")), repr(("it's",)))
print(max((3, 1), (3, 2)), tuple(x * 2 for x in t))
