# len and range, including negative steps and range objects
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 0, -1)), list(range(0, -5, -1)))
print(list(range(3, 3)), list(range(5, 1)), list(range(1, 5, -1)))
r = range(0, 20, 5)
print(r, len(r), r[1], r[-1], r[1:3], 15 in r, 16 in r, r.index(10), r.count(5))
print(list(range(-3, 3)), range(10)[::-1], list(range(10)[::-3]))
print(len(range(0, 100, 7)), sum(range(101)), max(range(7)), list(reversed(range(3))))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(3) == range(0, 3), range(0) == range(5, 5), list(range(2 ** 65, 2 ** 65 + 2)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
