# unpacking in literals and calls: [*a, *b], {**d}, {*s}, f(*a, *b, **c, **d)
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*range(3), *"xy", *{5: 0}])
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
def show(*args, **kwargs):
    return args, kwargs
print(show(*a, *b), show(*a, 9, *b, key=1), show(**d1, **{"k": "v"}))
try:
    show(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = [*a, *b, 5]
print(first, middle, last)
nested = [[*row, 0] for row in [[1], [2, 3]]]
print(nested, [*nested[0], *nested[1]])
print(*[*a, *b], sep="+")
merged = dict(**d1, extra=True)
print(merged)
s = "".join([*"abc", *"def"])
print(s, [*s][::2], (*s,)[:3], *s[-2:])
gen = (x * 2 for x in a)
print([*gen, *gen])
print(max(*a, *b), min(*"hello"), list(zip(*[[1, 2], [3, 4]])))
