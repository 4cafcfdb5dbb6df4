# Reprs of containers that hold themselves, a one-element tuple included.
box = ([],)
box[0].append(box)
print(box, repr(box[0]))

pair = ([], [])
pair[0].append(pair)
pair[1].append(pair[0])
print(pair)

lst = [1]
lst.append(lst)
d = {"self": None, "list": lst}
d["self"] = d
print(d)
print([d, (lst,)])

# zip(strict=True) names the first argument out of step and all those before it.
cases = [
    ([1], [3], [5, 6]),
    ([1, 2], [3], [5, 6]),
    ([1, 2], [3, 4], [5]),
    ([1], [2], [3], [4, 5]),
    ([1, 2, 3], [1, 2, 3], [1, 2, 3], [1]),
    ([], [1]),
    ([1], []),
    ("ab", "cd", "ef"),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# What was consumed before the error stays consumed.
it = iter([10, 20, 30])
try:
    for a, b in zip([1, 2], it, strict=True):
        print(a, b)
except ValueError as e:
    print(e, list(it))
