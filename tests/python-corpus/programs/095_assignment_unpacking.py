# starred, nested and chained assignment; swaps
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
head, *_ = (9, 8, 7)
print(head, _)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, r]] = ["P", ("Q", "R")]
print(p, q, r)
m = n = o = []
m.append(1)
print(n, o, m is o)
i, j = 1, 2
i, j = j, i
print(i, j)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
k = 0
vals = [5, 6, 7]
k, vals[k] = 1, 99
print(k, vals)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f, g = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    e, *f, g = [1]
except ValueError as err:
    print("ValueError:", err)
for idx, (key, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, key, val)
for *start, end in [(1, 2, 3), (4, 5)]:
    print(start, end)
t = 1,
print(t, type(t).__name__)
